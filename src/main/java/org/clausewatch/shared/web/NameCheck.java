package org.clausewatch.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.clausewatch.shared.Names;
import org.clausewatch.shared.Text;

/**
 * A name field says beside itself what would make the name look like another ({@link Names}),
 * before the service is asked: {@code <f:validator validatorId="clausewatch.name"/>}. The entity
 * checks the same again, whoever calls it.
 */
@FacesValidator("clausewatch.name")
public class NameCheck implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (value instanceof String name && !Text.isBlank(name)) {
      Names.problem(Text.trim(name))
          .ifPresent(
              problem -> {
                String text = Messages.bundle("input.name", problem);
                throw new ValidatorException(
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
              });
    }
  }
}
