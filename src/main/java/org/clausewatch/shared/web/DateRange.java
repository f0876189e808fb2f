package org.clausewatch.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;

/**
 * Every date a form accepts lies between {@value #FIRST_YEAR} and {@value #LAST_YEAR} (a default
 * validator, faces-config.xml): a contract, deadline or position dated outside them is a typing
 * mistake, and a year such as 999999999 must not reach the database or the date arithmetic.
 */
@FacesValidator("clausewatch.dateRange")
public class DateRange implements Validator<Object> {

  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2200;

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    Integer year = yearOf(value);
    if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
      String text = Messages.bundle("input.dateRange", FIRST_YEAR, LAST_YEAR);
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }

  static Integer yearOf(Object value) {
    if (value instanceof LocalDate date) {
      return date.getYear();
    }
    if (value instanceof YearMonth month) {
      return month.getYear();
    }
    if (value instanceof LocalDateTime time) {
      return time.getYear();
    }
    if (value instanceof ZonedDateTime time) {
      return time.getYear();
    }
    if (value instanceof OffsetDateTime time) {
      return time.getYear();
    }
    return null;
  }
}
