package org.clausewatch.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every response (OWASP ASVS 14.4), including error pages and forwards: the
 * filter runs for the request, forward and error dispatches. Every response starts with {@link
 * #POLICY}, which allows no inline script at all; a Faces page replaces it with PrimeFaces' policy
 * carrying the page's script nonce (web.xml, {@code primefaces.CSP_POLICY}), so a response carries
 * exactly one Content-Security-Policy. Pages are not cached, so signing out leaves nothing readable
 * behind the browser's back button. Over HTTPS, {@code Strict-Transport-Security} is sent with the
 * value of {@code clausewatch.hsts} ({@code CLAUSEWATCH_HSTS}; {@code off} sends none).
 *
 * <p>Responses produced before any filter runs (the sign-in redirect of the authentication
 * mechanism) get the fixed headers from {@code WEB-INF/undertow-handlers.conf}.
 */
@WebFilter(
    filterName = "securityHeadersFilter",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CSP = "Content-Security-Policy";

  /** The policy for responses that Faces does not render. */
  static final String POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'; script-src 'self'";

  static final String DEFAULT_HSTS = "max-age=31536000; includeSubDomains";

  private String hsts = DEFAULT_HSTS;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    hsts =
        ConfigProvider.getConfig()
            .getOptionalValue("clausewatch.hsts", String.class)
            .orElse(DEFAULT_HSTS);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response, hsts);
    chain.doFilter(request, new OnePolicy(response));
  }

  static void apply(HttpServletRequest request, HttpServletResponse response, String hsts) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    response.setHeader(CSP, POLICY);
    if (request.isSecure() && hsts != null && !hsts.isBlank() && !"off".equals(hsts)) {
      response.setHeader("Strict-Transport-Security", hsts);
    }
  }

  /** A response on which adding a Content-Security-Policy replaces the one already there. */
  static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(CSP, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
