package org.clausewatch.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.clausewatch.shared.BusinessException;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

  @Test
  void aQuarterlyRuleExpandsToTheNextThreeDates() {
    Recurrence cut = Recurrence.parse("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15");

    assertThat(cut.occurrences(LocalDate.of(2024, 10, 15), LocalDate.of(2026, 11, 27), 3))
        .as("R4")
        .containsExactly(
            LocalDate.of(2027, 1, 15), LocalDate.of(2027, 4, 15), LocalDate.of(2027, 7, 15));
  }

  @Test
  void theRrulePrefixIsAccepted() {
    assertThat(Recurrence.parse("RRULE:FREQ=WEEKLY;BYDAY=FR").rule())
        .isEqualTo("FREQ=WEEKLY;BYDAY=FR");
  }

  @Test
  void aRuleWithACountEnds() {
    Recurrence cut = Recurrence.parse("FREQ=YEARLY;COUNT=2");

    assertThat(cut.occurrences(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), 5))
        .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
  }

  @Test
  void anInvalidRuleIsRefusedWithItsText() {
    assertThatThrownBy(() -> Recurrence.parse("FREQ=FORTNIGHTLY"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("FREQ=FORTNIGHTLY");
  }

  @Test
  void rulesThatWouldExpandWithoutBoundAreRefused() {
    assertThatThrownBy(() -> Recurrence.parse("FREQ=SECONDLY"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("DAILY, WEEKLY, MONTHLY or YEARLY");
    assertThatThrownBy(() -> Recurrence.parse("FREQ=HOURLY;INTERVAL=1"))
        .isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> Recurrence.parse("FREQ=DAILY;COUNT=1000000"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("COUNT");
    assertThatThrownBy(() -> Recurrence.parse("FREQ=DAILY;INTERVAL=100000"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("INTERVAL");
    assertThatThrownBy(() -> Recurrence.parse("FREQ=DAILY;UNTIL=99991231"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("UNTIL");
    assertThatThrownBy(() -> Recurrence.parse("FREQ=DAILY;" + "BYMONTH=1;".repeat(100)))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("at most");
  }

  @Test
  void aDailyRuleStartedLongAgoStillGivesTheLatestDatesAndTheNextOnes() {
    Recurrence daily = Recurrence.parse("FREQ=DAILY");

    List<LocalDate> around =
        daily.around(LocalDate.of(1930, 1, 1), LocalDate.of(2026, 12, 3), 2, 2);

    assertThat(around)
        .containsExactly(
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 2),
            LocalDate.of(2026, 12, 3),
            LocalDate.of(2026, 12, 4));
  }

  @Test
  void noExpansionReachesBeyondAHundredYearsFromTheSeriesStart() {
    Recurrence yearly = Recurrence.parse("FREQ=YEARLY");

    assertThat(yearly.occurrences(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 6, 1), 5))
        .containsExactly(LocalDate.of(2100, 1, 1));
    assertThat(yearly.occurrences(LocalDate.of(2000, 1, 1), LocalDate.of(2200, 1, 1), 5)).isEmpty();
  }
}
