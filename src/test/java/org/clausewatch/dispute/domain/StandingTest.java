package org.clausewatch.dispute.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clausewatch.dispute.domain.Standing.Kind;
import org.clausewatch.dispute.domain.Standing.Latest;
import org.junit.jupiter.api.Test;

class StandingTest {

  @Test
  void partiesWhoseLatestStancesDifferDisputeTheTermAndTheExplanationSaysWhoSaysWhat() {
    Standing standing =
        Standing.of(
            List.of(
                new Latest("Anthropic", Stance.ACCEPTS),
                new Latest("U.S. Department of Defense", Stance.REJECTS)));

    assertThat(standing.kind()).as("R2").isEqualTo(Kind.DISPUTED);
    assertThat(standing.explanation())
        .isEqualTo("Anthropic accepts; U.S. Department of Defense rejects.");
  }

  @Test
  void acceptingWithConditionsOrProposingOtherWordingIsNotAgreement() {
    assertThat(
            Standing.of(
                    List.of(
                        new Latest("xAI", Stance.ACCEPTS),
                        new Latest("DoD", Stance.ACCEPTS_WITH_CONDITIONS)))
                .kind())
        .isEqualTo(Kind.DISPUTED);
    assertThat(
            Standing.of(
                    List.of(
                        new Latest("xAI", Stance.PROPOSES_ALTERNATIVE),
                        new Latest("DoD", Stance.REJECTS)))
                .explanation())
        .isEqualTo("xAI proposes other wording; DoD rejects.");
  }

  @Test
  void theSameStanceFromEveryPartyIsAgreement() {
    Standing standing =
        Standing.of(List.of(new Latest("xAI", Stance.ACCEPTS), new Latest("DoD", Stance.ACCEPTS)));

    assertThat(standing.kind()).isEqualTo(Kind.AGREED);
    assertThat(standing.disputed()).isFalse();
  }

  @Test
  void oneStanceOrNoneAwaitsTheOtherParties() {
    assertThat(Standing.of(List.of()).kind()).isEqualTo(Kind.AWAITING);
    Standing one = Standing.of(List.of(new Latest("Anthropic", Stance.REJECTS)));
    assertThat(one.kind()).isEqualTo(Kind.AWAITING);
    assertThat(one.explanation())
        .isEqualTo("Anthropic rejects. No other party has stated a stance yet.");
  }

  @Test
  void aPositionRecordedWithoutAStanceCountsForNeither() {
    Standing standing =
        Standing.of(List.of(new Latest("Anthropic", null), new Latest("DoD", Stance.REJECTS)));

    assertThat(standing.kind()).isEqualTo(Kind.AWAITING);
  }
}
