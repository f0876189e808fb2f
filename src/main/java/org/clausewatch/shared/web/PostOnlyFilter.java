package org.clausewatch.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * State changes only by POST, and only from our own pages (OWASP ASVS 4.2.2, 13.1.3):
 *
 * <ul>
 *   <li>A GET or HEAD carrying a Faces view state is refused (400): Faces would otherwise treat it
 *       as a postback and run the action it names.
 *   <li>A POST must come from this application's origin: its {@code Origin} header (every current
 *       browser sends one with a POST), or failing that its {@code Referer}, must name the host the
 *       request was sent to. A form on another site cannot post here, whatever the cookies'
 *       SameSite setting. A POST with neither header is refused.
 * </ul>
 */
@WebFilter(filterName = "postOnlyFilter", urlPatterns = "/*")
public class PostOnlyFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String VIEW_STATE = "jakarta.faces.ViewState";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    if (("GET".equals(method) || "HEAD".equals(method))
        && request.getParameter(VIEW_STATE) != null) {
      throw new BadRequest("A Faces action sent as " + method);
    }
    if ("POST".equals(method)
        && !sameOrigin(
            request.getHeader("Origin"), request.getHeader("Referer"), request.getHeader("Host"))) {
      throw new BadRequest("A POST from another origin");
    }
    chain.doFilter(request, response);
  }

  /** Whether the post names {@code host} (host and port as the client addressed this server). */
  static boolean sameOrigin(String origin, String referer, String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    String source =
        origin != null && !origin.isBlank() && !"null".equals(origin) ? origin : referer;
    if (source == null || source.isBlank()) {
      return false;
    }
    try {
      URI uri = new URI(source.strip());
      if (uri.getHost() == null || uri.getScheme() == null) {
        return false;
      }
      String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return authority.equalsIgnoreCase(host.strip())
          || (uri.getPort() == -1
              && defaultPortOf(uri.getScheme(), host).equalsIgnoreCase(authority));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** "example.org:443" sent as Host for an Origin of "https://example.org" reads the same. */
  private static String defaultPortOf(String scheme, String host) {
    String port = "https".equalsIgnoreCase(scheme) ? ":443" : ":80";
    return host.endsWith(port) ? host.substring(0, host.length() - port.length()) : host;
  }
}
