package org.clausewatch.alert.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.clausewatch.alert.domain.AlertLadder;
import org.clausewatch.shared.BusinessException;

/**
 * {@code <f:validator validatorId="clausewatch.alertSteps"/>}: a field of alert steps ("72h, 24h,
 * due") reads, or is empty (its kind's steps); else the field says which step does not read. The
 * new-deadline form uses it, so that a mistyped step is named beside the field before anything is
 * saved.
 */
@FacesValidator("clausewatch.alertSteps")
public class AlertStepsValidator implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (value == null || value.toString().isBlank()) {
      return;
    }
    try {
      AlertLadder.parse(value.toString());
    } catch (BusinessException e) {
      throw new ValidatorException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
    }
  }
}
