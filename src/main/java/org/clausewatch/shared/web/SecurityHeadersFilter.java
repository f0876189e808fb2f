package org.clausewatch.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response (OWASP ASVS 14.4). Faces pages get their
 * Content-Security-Policy from PrimeFaces, with a script nonce per request (web.xml, {@code
 * primefaces.CSP_POLICY}); every other response (exports, resources, redirects) gets {@link
 * #POLICY}, which allows no inline script at all. Pages are not cached, so signing out leaves
 * nothing readable behind the browser's back button.
 */
@WebFilter(filterName = "securityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The policy for responses that Faces does not render. */
  static final String POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'; script-src 'self'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!isFacesResource(path)) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (!isFacesPage(path)) {
      response.setHeader("Content-Security-Policy", POLICY);
    }
    chain.doFilter(request, response);
  }

  /** Faces pages: extensionless views (OmniFaces) and *.xhtml; PrimeFaces sets their policy. */
  static boolean isFacesPage(String path) {
    if (path.startsWith("/jakarta.faces.resource/")) {
      return false;
    }
    if (path.endsWith(".xhtml") || path.equals("/") || path.isEmpty()) {
      return true;
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    return !last.contains(".");
  }

  private static boolean isFacesResource(String path) {
    return path.startsWith("/jakarta.faces.resource/");
  }
}
