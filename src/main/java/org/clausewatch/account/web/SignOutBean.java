package org.clausewatch.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.clausewatch.account.application.SignInService;
import org.clausewatch.shared.security.CurrentCaller;

/** Signing out ends the session on the server (ASVS 3.3.1), not only in the browser. */
@Named
@RequestScoped
public class SignOutBean {

  @Inject private FacesContext faces;
  @Inject private CurrentCaller caller;
  @Inject private SignInService signIn;

  public void signOut() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    caller.username().ifPresent(signIn::signedOut);
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login?signedOut=true");
  }
}
