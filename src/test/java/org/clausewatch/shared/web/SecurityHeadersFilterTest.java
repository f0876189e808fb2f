package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  @Test
  void facesPagesGetTheirPolicyFromPrimeFacesEverythingElseFromTheFilter() {
    assertThat(SecurityHeadersFilter.isFacesPage("/")).isTrue();
    assertThat(SecurityHeadersFilter.isFacesPage("/contracts")).isTrue();
    assertThat(SecurityHeadersFilter.isFacesPage("/contracts/view")).isTrue();
    assertThat(SecurityHeadersFilter.isFacesPage("/login.xhtml")).isTrue();
    assertThat(SecurityHeadersFilter.isFacesPage("/contracts/export.csv")).isFalse();
    assertThat(SecurityHeadersFilter.isFacesPage("/jakarta.faces.resource/theme.css")).isFalse();
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
