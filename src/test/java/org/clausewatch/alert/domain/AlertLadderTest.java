package org.clausewatch.alert.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.shared.BusinessException;
import org.junit.jupiter.api.Test;

class AlertLadderTest {

  static final Instant DUE = Instant.parse("2026-02-27T22:00:00Z");
  static final java.time.ZoneId NY = java.time.ZoneId.of("America/New_York");

  AlertLadder cut = AlertLadder.defaultFor(DeadlineKind.ULTIMATUM);

  @Test
  void ultimatumsAlertAt72And24And4And1HoursAtTheDueTimeAndWhenOverdue() {
    assertThat(cut.format()).as("R1").isEqualTo("72h, 24h, 4h, 1h, due, 1h after");
    assertThat(AlertLadder.defaultFor(DeadlineKind.REPORT).format())
        .as("R1 other kinds")
        .isEqualTo("14d, 7d, 24h, 1h after");
  }

  @Test
  void readsStepsAsUsersWriteThemEarliestFirstWithoutDuplicates() {
    AlertLadder ladder = AlertLadder.parse(" 1h, 3d , due, 30m after, 1H");
    assertThat(ladder.steps())
        .containsExactly(
            Duration.ofDays(3), Duration.ofHours(1), Duration.ZERO, Duration.ofMinutes(-30));
    assertThat(AlertLadder.parse(ladder.format())).isEqualTo(ladder);
  }

  @Test
  void refusesStepsThatDoNotReadOrLieTooFarAway() {
    assertThatThrownBy(() -> AlertLadder.parse("tomorrow"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("\"tomorrow\" is not an alert step");
    assertThatThrownBy(() -> AlertLadder.parse("")).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> AlertLadder.parse("400d")).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> AlertLadder.parse("31d after")).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> AlertLadder.parse("1h,2h,3h,4h,5h,6h,7h,8h,9h,10h,11h,12h,13h"))
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void decidesNothingBeforeTheFirstStep() {
    assertThat(cut.decide(DUE, NY, DUE.minus(Duration.ofDays(10)), DUE.minus(Duration.ofHours(73))))
        .isEmpty();
  }

  @Test
  void decidesTheStepThatJustFell() {
    var decision =
        cut.decide(DUE, NY, DUE.minus(Duration.ofHours(73)), DUE.minus(Duration.ofHours(72)));
    assertThat(decision).isPresent();
    assertThat(decision.get().step())
        .as("R3 a step falls at its exact time")
        .isEqualTo(Duration.ofHours(72));
    assertThat(decision.get().missed()).isEmpty();
  }

  @Test
  void afterDowntimeDecidesOnlyTheLatestFallenStepAndNamesTheOthers() {
    var decision =
        cut.decide(DUE, NY, DUE.minus(Duration.ofHours(71)), DUE.minus(Duration.ofMinutes(30)));
    assertThat(decision.get().step()).as("R3").isEqualTo(Duration.ofHours(1));
    assertThat(decision.get().missed()).containsExactly(Duration.ofHours(24), Duration.ofHours(4));
  }

  @Test
  void aStepAlreadyDecidedIsNotDecidedAgain() {
    Instant decided = DUE.minus(Duration.ofHours(72));
    assertThat(cut.decide(DUE, NY, decided, decided.plusSeconds(60))).as("R4").isEmpty();
  }

  @Test
  void theNextStepTimeMirrorsTheDatabasesComputation() {
    assertThat(cut.nextAfter(DUE, NY, DUE.minus(Duration.ofHours(30))))
        .contains(DUE.minus(Duration.ofHours(24)));
    assertThat(cut.nextAfter(DUE, NY, DUE)).contains(DUE.plus(Duration.ofHours(1)));
    assertThat(cut.nextAfter(DUE, NY, DUE.plus(Duration.ofHours(1)))).isEmpty();
  }

  @Test
  void labelsStepsInWords() {
    assertThat(AlertLadder.label(Duration.ofHours(72))).isEqualTo("72 hours before");
    assertThat(AlertLadder.label(Duration.ofDays(14))).isEqualTo("14 days before");
    assertThat(AlertLadder.label(Duration.ofHours(1))).isEqualTo("1 hour before");
    assertThat(AlertLadder.label(Duration.ZERO)).isEqualTo("at the due time");
    assertThat(AlertLadder.label(Duration.ofMinutes(-90))).isEqualTo("90 minutes after");
    assertThat(new AlertLadder(List.of(Duration.ofHours(1))).steps()).hasSize(1);
  }

  @Test
  void wholeDayStepsFallOnTheStatedZonesWallClockAcrossADaylightSavingChange() {
    // Due Tuesday 10 March 2026, 17:00 in New York (EDT since Sunday 8 March).
    Instant due = Instant.parse("2026-03-10T21:00:00Z");
    assertThat(AlertLadder.timeOf(due, NY, Duration.ofHours(72)))
        .as("R1 72 hours = 3 days: Saturday 17:00 EST, 71 real hours before")
        .isEqualTo(Instant.parse("2026-03-07T22:00:00Z"));
    assertThat(AlertLadder.timeOf(due, NY, Duration.ofHours(4)))
        .as("R1 an hour-sized step is exact")
        .isEqualTo(Instant.parse("2026-03-10T17:00:00Z"));
    assertThat(AlertLadder.timeOf(due, NY, Duration.ofDays(-1)))
        .isEqualTo(Instant.parse("2026-03-11T21:00:00Z"));
  }
}
