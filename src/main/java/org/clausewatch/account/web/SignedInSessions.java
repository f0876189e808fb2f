package org.clausewatch.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clausewatch.account.application.SessionsToEnd;
import org.jboss.logging.Logger;

/**
 * The signed-in sessions of this server by user name, so that resetting a password, disabling a
 * user or changing their roles or clearance ends their sessions at once (not at their next
 * sign-in). Sessions are added at sign-in ({@link SignInBean}) and leave when they end ({@link
 * AnonymousSessions}). One server's sessions: a cluster would need a shared registry.
 */
@ApplicationScoped
public class SignedInSessions {

  private static final Logger LOG = Logger.getLogger(SignedInSessions.class);

  /** Session attribute holding the user name of a signed-in session. */
  static final String USER = "clausewatch.user";

  private final Map<String, Set<HttpSession>> byUser = new ConcurrentHashMap<>();

  void signedIn(String username, HttpSession session) {
    session.setAttribute(USER, username);
    byUser.computeIfAbsent(username, k -> ConcurrentHashMap.newKeySet()).add(session);
  }

  void ended(HttpSession session) {
    Object username = session.getAttribute(USER);
    if (username != null) {
      Set<HttpSession> sessions = byUser.get(username.toString());
      if (sessions != null) {
        sessions.remove(session);
      }
    }
  }

  void end(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsToEnd request) {
    Set<HttpSession> sessions = byUser.remove(request.username());
    if (sessions == null) {
      return;
    }
    for (HttpSession session : sessions) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyEnded) {
        // ended meanwhile: nothing left to do
      }
    }
    LOG.infof(
        "Ended %d session(s) of %s after a change to the account",
        sessions.size(), request.username());
  }
}
