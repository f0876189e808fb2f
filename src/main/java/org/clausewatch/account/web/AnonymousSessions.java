package org.clausewatch.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Bounds what anonymous visitors cost the server. The sign-in page is stateless (a transient Faces
 * view), so showing it and posting it create no session. A session an anonymous request does create
 * (the authentication mechanism remembers the page asked for before it redirects to the sign-in
 * page) lives {@value #ANONYMOUS_SECONDS} seconds unless its owner signs in; signing in gives it
 * the configured idle timeout (web.xml, 30 minutes). A flood of anonymous requests therefore holds
 * at most a couple of minutes' worth of tiny sessions.
 */
@WebListener
public class AnonymousSessions implements HttpSessionListener {

  static final int ANONYMOUS_SECONDS = 120;

  @Inject private SignedInSessions signedIn;

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    event.getSession().setMaxInactiveInterval(ANONYMOUS_SECONDS);
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    signedIn.ended(event.getSession());
  }

  /** The session of a user who just signed in gets the application's idle timeout. */
  static void signedIn(HttpSession session) {
    session.setMaxInactiveInterval(session.getServletContext().getSessionTimeout() * 60);
  }
}
