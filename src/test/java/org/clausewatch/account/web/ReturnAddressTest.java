package org.clausewatch.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signing in leads back to the page asked for, and never to anywhere else. */
class ReturnAddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/contracts",
        "/contracts?q=Paged+A1&size=10&sort=title&dir=desc",
        "/deadlines/manage?id=42",
        "/contracts/view?number=HQ0034-24-C-0200#deadlines"
      })
  void anAddressOfThisApplicationIsFollowed(String address) {
    assertThat(ReturnAddress.safe(address)).contains(address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "contracts",
        "https://evil.example/contracts",
        "//evil.example/contracts",
        "/\\evil.example",
        "/contracts\\..\\x",
        "/contracts\r\nSet-Cookie: a=b",
        "/contracts\u0000",
        "/login",
        "/login?continue=/contracts",
        "javascript:alert(1)",
        "/contracts?q=%zz bad uri"
      })
  void anythingElseIsDropped(String address) {
    assertThat(ReturnAddress.safe(address)).isEmpty();
  }

  @Test
  void aNullOrOverlongAddressIsDropped() {
    assertThat(ReturnAddress.safe(null)).isEmpty();
    assertThat(ReturnAddress.safe("/contracts?q=" + "a".repeat(ReturnAddress.MAX_LENGTH)))
        .isEmpty();
  }

  @Test
  void aGetReturnsToItselfWithItsQuery() {
    HttpServletRequest get =
        request("GET", "/app/contracts", "q=x&sort=title", Map.of("Host", "cw.example"));

    assertThat(ReturnAddress.of(get)).contains("/contracts?q=x&sort=title");
  }

  @Test
  void aPostReturnsToThePageThatSentItWhenThatPageIsOnThisServer() {
    HttpServletRequest ajax =
        request(
            "POST",
            "/app/contracts",
            null,
            Map.of("Host", "cw.example", "Referer", "https://cw.example/app/contracts?page=2"));
    HttpServletRequest fromElsewhere =
        request(
            "POST",
            "/app/contracts",
            null,
            Map.of("Host", "cw.example", "Referer", "https://evil.example/app/contracts"));
    HttpServletRequest withoutReferer =
        request("POST", "/app/contracts", null, Map.of("Host", "cw.example"));

    assertThat(ReturnAddress.of(ajax)).contains("/contracts?page=2");
    assertThat(ReturnAddress.of(fromElsewhere)).isEmpty();
    assertThat(ReturnAddress.of(withoutReferer)).isEmpty();
  }

  private static HttpServletRequest request(
      String method, String uri, String query, Map<String, String> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ReturnAddressTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> method;
                  case "getContextPath" -> "/app";
                  case "getRequestURI" -> uri;
                  case "getQueryString" -> query;
                  case "getHeader" -> headers.get((String) args[0]);
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }
}
