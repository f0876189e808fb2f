package org.clausewatch.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A month as {@code 2021-11}, which is what an {@code <input type="month">} sends. */
@FacesConverter(forClass = YearMonth.class, managed = true)
public class YearMonthConverter implements Converter<YearMonth> {

  @Override
  public YearMonth getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      if (v.length() > 7) {
        throw new DateTimeParseException("too long", v, 7);
      }
      return YearMonth.parse(v);
    } catch (DateTimeParseException e) {
      throw new ConverterException(
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, Messages.bundle("form.month.invalid"), null));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, YearMonth value) {
    return value == null ? "" : value.toString();
  }
}
