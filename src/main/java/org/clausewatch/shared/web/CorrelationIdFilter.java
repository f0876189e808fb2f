package org.clausewatch.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.clausewatch.shared.security.RequestOrigin;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Gives every request a short reference. It is in every log line written while the request runs
 * (the server's log pattern prints {@code %X{correlationId}}) and on the error pages, so a user's
 * report leads to the log entry. Also notes the client address for audit records.
 *
 * <p>An expected {@link Refusal} (access denied, an expired page, a bad request) is answered with
 * its status and page and logged at DEBUG only; anything else is logged with its stack trace and
 * becomes the 500 page with the reference.
 */
@WebFilter(filterName = "correlationIdFilter", urlPatterns = "/*")
public class CorrelationIdFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Request attribute and MDC key. */
  public static final String ATTRIBUTE = "correlationId";

  private static final Logger LOG = Logger.getLogger(CorrelationIdFilter.class);

  @Inject private RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = UUID.randomUUID().toString().substring(0, 8);
    request.setAttribute(ATTRIBUTE, id);
    MDC.put(ATTRIBUTE, id);
    origin.set(request.getRemoteAddr());
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException | Error e) {
      Optional<Refusal> refusal = Refusal.of(e);
      if (refusal.isPresent() && !response.isCommitted()) {
        LOG.debugf(
            "Request %s %s refused (%s): %s",
            request.getMethod(), request.getRequestURI(), refusal.get(), e.getMessage());
        refusal.get().answer(request, response);
        return;
      }
      LOG.errorf(
          e,
          "Request %s %s failed; reference %s",
          request.getMethod(),
          request.getRequestURI(),
          id);
      throw e;
    } finally {
      MDC.remove(ATTRIBUTE);
    }
  }
}
