package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestBoundsTest {

  @Test
  void controlCharactersOtherThanTabAndLineBreaksAreFound() {
    assertThat(InputRules.forbiddenControl("plain\ttext\r\nwith breaks")).isEmpty();
    assertThat(InputRules.forbiddenControl("nul\u0000")).hasValue(0);
    assertThat(InputRules.forbiddenControl("escape\u001b[31m")).hasValue(0x1b);
    assertThat(InputRules.forbiddenControl("delete\u007f")).hasValue(0x7f);
    assertThat(InputRules.forbiddenControl("noncharacter\uffff")).hasValue(0xffff);
    assertThat(InputRules.forbiddenControl("lone \ud800 surrogate")).hasValue(0xd800);
    assertThat(InputRules.forbiddenControl("emoji \ud83d\ude00 fine")).isEmpty();
    assertThat(InputRules.codePoint(0)).isEqualTo("U+0000");
  }

  @Test
  void urlParametersAreShortAndClean() {
    assertThatNoException()
        .isThrownBy(
            () -> RequestLimitsFilter.check("GET", Map.of("q", new String[] {"anthropic"})));
    assertThatThrownBy(
            () -> RequestLimitsFilter.check("GET", Map.of("q", new String[] {"a".repeat(1_001)})))
        .isInstanceOf(BadRequest.class);
    assertThatThrownBy(() -> RequestLimitsFilter.check("GET", Map.of("q", new String[] {"\u0000"})))
        .isInstanceOf(BadRequest.class);
    assertThatThrownBy(
            () -> RequestLimitsFilter.check("GET", Map.of("q\u0000", new String[] {"x"})))
        .isInstanceOf(BadRequest.class);
  }

  @Test
  void formFieldsMayBeLongAndAreCheckedBesideTheFieldButFrameworkParametersMustBeClean() {
    assertThatNoException()
        .isThrownBy(
            () ->
                RequestLimitsFilter.check(
                    "POST", Map.of("clause:text", new String[] {"a".repeat(199_999) + "\u0000"})));
    assertThatThrownBy(
            () ->
                RequestLimitsFilter.check(
                    "POST", Map.of("clause:text", new String[] {"a".repeat(200_001)})))
        .isInstanceOf(BadRequest.class);
    assertThatThrownBy(
            () ->
                RequestLimitsFilter.check(
                    "POST", Map.of("jakarta.faces.ViewState", new String[] {"1\u0000"})))
        .isInstanceOf(BadRequest.class);
  }

  @Test
  void aPostMustNameThisHostInItsOriginOrReferer() {
    assertThat(PostOnlyFilter.sameOrigin("http://localhost:8080", null, "localhost:8080")).isTrue();
    assertThat(PostOnlyFilter.sameOrigin("https://cw.example", null, "cw.example")).isTrue();
    assertThat(PostOnlyFilter.sameOrigin("https://cw.example", null, "cw.example:443")).isTrue();
    assertThat(PostOnlyFilter.sameOrigin(null, "http://localhost:8080/contracts", "localhost:8080"))
        .isTrue();
    assertThat(PostOnlyFilter.sameOrigin("https://evil.example", null, "cw.example")).isFalse();
    assertThat(PostOnlyFilter.sameOrigin("null", null, "cw.example")).isFalse();
    assertThat(PostOnlyFilter.sameOrigin(null, null, "cw.example")).isFalse();
    assertThat(PostOnlyFilter.sameOrigin("http://cw.example.evil.example", null, "cw.example"))
        .isFalse();
    assertThat(PostOnlyFilter.sameOrigin("not a url", null, "cw.example")).isFalse();
  }

  @Test
  void datesOutsideTheCenturiesWeServeAreRefused() {
    assertThat(DateRange.yearOf(java.time.LocalDate.of(2026, 12, 4))).isEqualTo(2026);
    assertThat(DateRange.yearOf(java.time.YearMonth.of(2200, 12))).isEqualTo(DateRange.LAST_YEAR);
    assertThat(DateRange.yearOf("2026-12-04")).as("not a date: not this validator's").isNull();
  }
}
