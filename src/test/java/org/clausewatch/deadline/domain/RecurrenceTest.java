package org.clausewatch.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
}
