package org.clausewatch.shared.web;

import jakarta.faces.context.FacesContext;
import org.primefaces.PrimeFaces;

/**
 * What an Ajax answer tells a keyboard or screen-reader user, for a part of a page it replaced
 * (ajax-feedback.js): words for the page's status region ({@code #page-status}, announced without
 * moving the focus, WCAG 4.1.3), and where the focus goes, since the control that had it may be
 * gone. Nothing happens outside an Ajax request.
 */
public final class AjaxFeedback {

  private AjaxFeedback() {}

  /** Says {@code text} in the page's status region once the answer is shown. */
  public static void announce(String text) {
    param("status", text);
  }

  /** Moves the focus to the element with this client id once the answer is shown. */
  public static void focus(String clientId) {
    param("focus", clientId);
  }

  private static void param(String name, String value) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
      PrimeFaces.current().ajax().addCallbackParam(name, value);
    }
  }
}
