package org.clausewatch.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.clausewatch.account.application.SignInResult;
import org.clausewatch.shared.web.Messages;

/** The sign-in form. A refused attempt says why only as far as that gives nothing away. */
@Named
@RequestScoped
public class SignInBean {

  @Inject private SecurityContext securityContext;
  @Inject private SignedInSessions sessions;
  @Inject private SignInFeedback feedback;
  @Inject private FacesContext faces;
  @Inject private Clock clock;

  private String username;
  private String password;

  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    // A new session id before the identity is stored in the session (ASVS 3.2.1): an id known
    // before sign-in is never the id of a signed-in session.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        AnonymousSessions.signedIn(request.getSession());
        sessions.signedIn(securityContext.getCallerPrincipal().getName(), request.getSession());
        external.redirect(
            external.getRequestContextPath() + (getContinueTo() == null ? "/" : getContinueTo()));
      }
      default -> refused();
    }
  }

  /**
   * Where signing in leads: the page that sent the user here ({@link ReturnAddress}, from the
   * address on the way in and from the form's hidden field on the way out), or null for the
   * overview.
   */
  public String getContinueTo() {
    return ReturnAddress.safe(
            faces.getExternalContext().getRequestParameterMap().get(ReturnAddress.PARAMETER))
        .orElse(null);
  }

  private void refused() {
    SignInResult result = feedback.result();
    String message;
    if (result != null && result.status() == SignInResult.Status.TOO_MANY) {
      // One answer for every throttle and lock, for known and unknown names alike: it does not
      // tell whether the account exists
      long seconds =
          Math.max(1, Duration.between(clock.instant(), result.retryAt()).toSeconds() + 1);
      message =
          Messages.bundle(
              "signin.tooMany",
              seconds,
              DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'")
                  .withZone(ZoneOffset.UTC)
                  .format(result.retryAt()));
    } else {
      message = Messages.bundle("signin.invalid");
    }
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_UNAUTHORIZED);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
