package org.clausewatch.shared.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.clausewatch.shared.security.AccessDenied;

/**
 * An expected refusal of a request: answered with its status and the application's own page, never
 * with a 500, and not logged as an error (a refused action is a security event already; a stale
 * page or a malformed address is the client's doing, and logging a stack trace for each would let
 * any client flood the log).
 */
public enum Refusal {
  /** The caller's role or clearance does not allow it: 403, "Not allowed". */
  NOT_ALLOWED(HttpServletResponse.SC_FORBIDDEN),
  /** The page's state is gone (session ended, server restarted, a foreign view state): 400. */
  EXPIRED(HttpServletResponse.SC_BAD_REQUEST),
  /** The request itself is malformed (a parameter too long, control characters): 400. */
  BAD_REQUEST(HttpServletResponse.SC_BAD_REQUEST);

  /** Request attribute naming the refusal for the error page. */
  public static final String ATTRIBUTE = "clausewatch.refusal";

  private final int status;

  Refusal(int status) {
    this.status = status;
  }

  /** The refusal {@code failure} stands for, looking through its causes; empty for a failure. */
  public static Optional<Refusal> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof AccessDenied) {
        return Optional.of(NOT_ALLOWED);
      }
      if (t instanceof ViewExpiredException) {
        return Optional.of(EXPIRED);
      }
      if (t instanceof BadRequest) {
        return Optional.of(BAD_REQUEST);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  /** Answers with this refusal's status and page (the web.xml error page for the status). */
  public void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setAttribute(ATTRIBUTE, name());
    response.sendError(status);
  }

  public int status() {
    return status;
  }
}
