package org.clausewatch.account.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where sign-in sends a user back to: the page they asked for when it made them sign in (a link in
 * an alert's e-mail, a bookmark, a page left open past its session). Only an address of this
 * application, relative to its context path, is ever followed: anything else (another site, {@code
 * //host}, a backslash, control characters, the sign-in page itself) is dropped, so the parameter
 * cannot send anyone elsewhere.
 */
public final class ReturnAddress {

  /** The request parameter of the sign-in page that carries it. */
  public static final String PARAMETER = "continue";

  static final int MAX_LENGTH = 2_000;

  private ReturnAddress() {}

  /** The address if it is one of this application's, relative to its context path. */
  public static Optional<String> safe(String candidate) {
    if (candidate == null
        || candidate.length() > MAX_LENGTH
        || !candidate.startsWith("/")
        || candidate.startsWith("//")
        || candidate.indexOf('\\') >= 0
        || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
        || candidate.equals("/login")
        || candidate.startsWith("/login?")) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(candidate);
      if (uri.getScheme() != null || uri.getRawAuthority() != null) {
        return Optional.empty();
      }
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    return Optional.of(candidate);
  }

  /**
   * The address of the page a request came from: its own for a GET, and for a POST (a form or an
   * Ajax request of a page) the page that sent it, as its {@code Referer} names it when that is
   * this server; empty if there is none that is safe.
   */
  public static Optional<String> of(HttpServletRequest request) {
    String context = request.getContextPath();
    String method = request.getMethod();
    if ("GET".equals(method) || "HEAD".equals(method)) {
      return inContext(context, request.getRequestURI(), request.getQueryString());
    }
    String referer = request.getHeader("Referer");
    String host = request.getHeader("Host");
    if (referer == null || host == null) {
      return Optional.empty();
    }
    try {
      URI page = new URI(referer);
      if (!host.equalsIgnoreCase(page.getRawAuthority())) {
        return Optional.empty();
      }
      return inContext(context, page.getRawPath(), page.getRawQuery());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** A path with its query, relative to the context path, if it is safe and in that context. */
  private static Optional<String> inContext(String context, String path, String query) {
    if (path == null || !path.startsWith(context)) {
      return Optional.empty();
    }
    return safe(path.substring(context.length()) + (query == null ? "" : "?" + query));
  }
}
