package org.clausewatch.shared.web;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.BigDecimalConverter;
import jakarta.faces.convert.BigIntegerConverter;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.DoubleConverter;
import jakarta.faces.convert.IntegerConverter;
import jakarta.faces.convert.LongConverter;
import jakarta.faces.convert.NumberConverter;
import jakarta.faces.event.PreValidateEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.OptionalInt;

/**
 * Checks every form field's submitted text before it is converted or validated (registered in
 * faces-config.xml for {@link PreValidateEvent} on {@link UIInput}): at most the field's own {@code
 * maxlength} (the one the page shows the browser), else {@link InputRules#LINE_DEFAULT_MAX} for a
 * line or {@link InputRules#TEXT_AREA_DEFAULT_MAX} for a text area, at most {@link
 * InputRules#NUMBER_MAX} for a number (so a million digits are never parsed), and no control
 * character ({@link InputRules#forbiddenControl}). A field that breaks one gets a message beside it
 * and the form is not processed; nothing is converted, validated or saved. White space alone in a
 * required field counts as empty, so the field says what it needs (its {@code requiredMessage})
 * rather than a service refusing a blank value in general words.
 *
 * <p>A field may take control characters through to its service (the sign-in form's user name, so
 * that such an attempt is recorded as a security event) with {@code <f:attribute
 * name="controlCharacters" value="service"/>}.
 */
public class InputLimits implements SystemEventListener {

  static final String CONTROL_CHARACTERS = "controlCharacters";

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIInput;
  }

  @Override
  public void processEvent(SystemEvent event) {
    if (!(event instanceof PreValidateEvent)) {
      return;
    }
    UIInput input = (UIInput) event.getSource();
    FacesContext faces = FacesContext.getCurrentInstance();
    Object submitted = input.getSubmittedValue();
    String problem = null;
    if (submitted instanceof String text) {
      problem = problem(faces, input, text);
    } else if (submitted instanceof String[] texts) {
      for (String text : texts) {
        problem = problem == null ? problem(faces, input, text) : problem;
      }
    }
    if (problem == null
        && input.isRequired()
        && submitted instanceof String text
        && !text.isEmpty()
        && text.isBlank()) {
      input.setSubmittedValue("");
      return;
    }
    if (problem != null) {
      faces.addMessage(
          input.getClientId(faces),
          new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, problem));
      input.setSubmittedValue(null);
      input.setValid(false);
      faces.validationFailed();
      faces.renderResponse();
    }
  }

  private static String problem(FacesContext faces, UIInput input, String text) {
    int max = maxLength(faces, input);
    if (text.length() > max) {
      return Messages.bundle("input.tooLong", max, text.length());
    }
    OptionalInt control = InputRules.forbiddenControl(text);
    if (control.isPresent() && !"service".equals(input.getAttributes().get(CONTROL_CHARACTERS))) {
      return Messages.bundle("input.controlCharacter", InputRules.codePoint(control.getAsInt()));
    }
    return null;
  }

  static int maxLength(FacesContext faces, UIInput input) {
    if (isNumber(faces, input)) {
      return InputRules.NUMBER_MAX;
    }
    int own = positive(input.getAttributes().get("maxlength"));
    if (own <= 0) {
      own =
          positive(
              input.getPassThroughAttributes(false) == null
                  ? null
                  : evaluated(faces, input.getPassThroughAttributes(false).get("maxlength")));
    }
    if (own > 0) {
      return Math.min(own, InputRules.FORM_VALUE_MAX);
    }
    String renderer = input.getRendererType();
    return renderer != null && renderer.toLowerCase(java.util.Locale.ROOT).contains("textarea")
        ? InputRules.TEXT_AREA_DEFAULT_MAX
        : InputRules.LINE_DEFAULT_MAX;
  }

  private static Object evaluated(FacesContext faces, Object value) {
    return value instanceof ValueExpression expression
        ? expression.getValue(faces.getELContext())
        : value;
  }

  private static int positive(Object value) {
    if (value instanceof Number number) {
      return number.intValue();
    }
    if (value instanceof String text && text.matches("\\d{1,7}")) {
      return Integer.parseInt(text);
    }
    return -1;
  }

  private static boolean isNumber(FacesContext faces, UIComponent input) {
    Converter<?> converter = ((UIInput) input).getConverter();
    if (converter != null) {
      return converter instanceof NumberConverter
          || converter instanceof BigDecimalConverter
          || converter instanceof BigIntegerConverter
          || converter instanceof IntegerConverter
          || converter instanceof LongConverter
          || converter instanceof DoubleConverter;
    }
    ValueExpression value = input.getValueExpression("value");
    if (value == null) {
      return false;
    }
    Class<?> type = value.getType(faces.getELContext());
    return type != null
        && (Number.class.isAssignableFrom(type)
            || (type.isPrimitive() && type != boolean.class && type != char.class));
  }
}
