package org.clausewatch.flag.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.clausewatch.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** A dismissal holds while the evidence stays, and ends when it changes (R4). */
class FlagTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private static Finding law(String sentence) {
    return new Finding(
        "TEXT_GOVERNING_LAW",
        "clause:4",
        Severity.LOW,
        false,
        4L,
        null,
        "Clause I-9: governing law.",
        sentence,
        new Span(10, 10 + sentence.length()),
        new Span(0, 8),
        null);
  }

  @Test
  void aDismissalNeedsAReasonAndHoldsWhileTheEvidenceIsTheSame() {
    Flag flag = new Flag(1, law("Governed by the laws of Delaware."), T0);
    assertThatThrownBy(() -> flag.dismiss(" ", "counsel", T0))
        .isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> flag.dismiss("x".repeat(2001), "counsel", T0))
        .isInstanceOf(BusinessException.class);

    FlagDismissal d = flag.dismiss("Agreed.", "counsel", T0);

    assertThat(d.reason()).isEqualTo("Agreed.");
    assertThat(flag.refresh(law("Governed by the laws of Delaware."), T0.plusSeconds(60)))
        .isFalse();
    assertThat(flag.dismissed()).isTrue();
    assertThatThrownBy(() -> flag.dismiss("Again.", "other", T0))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("counsel");
  }

  @Test
  void newEvidenceEndsTheDismissal() {
    Flag flag = new Flag(1, law("Governed by the laws of Delaware."), T0);
    flag.dismiss("Agreed.", "counsel", T0);

    assertThat(flag.refresh(law("Governed by the laws of New York."), T0.plusSeconds(60))).isTrue();

    assertThat(flag.dismissed()).isFalse();
  }

  @Test
  void aFindingOfAnotherRuleOrSubjectIsRefused() {
    Flag flag = new Flag(1, law("Governed by the laws of Delaware."), T0);
    Finding other =
        new Finding(
            "OUTDATED_CLAUSE_DATE",
            "clause:4",
            Severity.LOW,
            false,
            4L,
            null,
            "x",
            null,
            null,
            null,
            null);
    assertThatThrownBy(() -> flag.refresh(other, T0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anotherDueTimeIsAChangeButNotNewEvidence() {
    Instant friday = Instant.parse("2026-12-04T22:00:00Z");
    Flag flag = new Flag(1, due(friday), T0);
    flag.dismiss("Handled by phone.", "counsel", T0);

    assertThat(flag.refresh(due(friday), T0)).isFalse();
    assertThat(flag.refresh(due(friday.plusSeconds(3600)), T0))
        .as("stored again, so the overview orders it by its new time")
        .isTrue();
    assertThat(flag.dismissed()).as("the words are the same: the dismissal holds").isTrue();
  }

  private static Finding due(Instant at) {
    return new Finding(
        "DEADLINE_DUE_SOON",
        "deadline:7",
        Severity.HIGH,
        true,
        null,
        7L,
        "Ultimatum \u201cSigned document\u201d is due soon.",
        null,
        null,
        null,
        at);
  }
}
