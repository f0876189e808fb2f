package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  /** Response headers as a fake response records them: name to values, in order. */
  private final Map<String, List<String>> headers = new LinkedHashMap<>();

  private HttpServletResponse response() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "setHeader" ->
                    headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                case "addHeader" ->
                    headers
                        .computeIfAbsent((String) args[0], k -> new ArrayList<>())
                        .add((String) args[1]);
                default -> {
                  return null;
                }
              }
              return null;
            });
  }

  private static HttpServletRequest request(String uri, boolean secure) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            SecurityHeadersFilterTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRequestURI" -> uri;
                  case "getContextPath" -> "";
                  case "isSecure" -> secure;
                  default -> null;
                });
  }

  @Test
  void aFacesPagesPolicyReplacesTheFallbackSoEveryResponseHasExactlyOne() {
    HttpServletResponse response = response();
    SecurityHeadersFilter.apply(request("/no/such.txt", false), response, "off");
    assertThat(headers.get("Content-Security-Policy"))
        .containsExactly(SecurityHeadersFilter.POLICY);

    new SecurityHeadersFilter.OnePolicy(response)
        .addHeader("Content-Security-Policy", "script-src 'self' 'nonce-abc'");

    assertThat(headers.get("Content-Security-Policy"))
        .containsExactly("script-src 'self' 'nonce-abc'");
    assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");
    assertThat(headers.get("Cache-Control")).containsExactly("no-store");
  }

  @Test
  void strictTransportSecurityOnlyOverHttpsAndOnlyWhenConfigured() {
    SecurityHeadersFilter.apply(request("/contracts", false), response(), "max-age=60");
    assertThat(headers).doesNotContainKey("Strict-Transport-Security");

    SecurityHeadersFilter.apply(request("/contracts", true), response(), "max-age=60");
    assertThat(headers.get("Strict-Transport-Security")).containsExactly("max-age=60");

    headers.clear();
    SecurityHeadersFilter.apply(request("/contracts", true), response(), "off");
    assertThat(headers).doesNotContainKey("Strict-Transport-Security");
  }

  @Test
  void staticResourcesMayBeCachedPagesMayNot() {
    SecurityHeadersFilter.apply(
        request("/jakarta.faces.resource/theme.css", false), response(), "off");
    assertThat(headers).doesNotContainKey("Cache-Control");
  }

  @Test
  void theFallbackPolicyAllowsNoInlineScriptAndNoFraming() {
    assertThat(SecurityHeadersFilter.POLICY)
        .contains("frame-ancestors 'none'")
        .contains("script-src 'self'")
        .doesNotContain("unsafe-eval")
        .doesNotContain("script-src 'self' 'unsafe-inline'");
  }
}
