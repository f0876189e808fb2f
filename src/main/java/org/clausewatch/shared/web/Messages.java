package org.clausewatch.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Faces messages from the {@code messages} bundle, for backing beans. */
public final class Messages {

  private Messages() {}

  /** The text of a bundle key in the view's locale, with {@code {0}}-style arguments filled in. */
  public static String bundle(String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
  }

  /** An information message that survives the redirect after a successful change. */
  public static void flashInfo(String text) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /** An information message shown with the page the action answers with. */
  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public static void addGlobalWarn(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
  }
}
