package org.clausewatch.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.clausewatch.contract.domain.Urgency.Level;
import org.junit.jupiter.api.Test;

class UrgencyTest {

  static final Instant FRIDAY_5PM = Instant.parse("2026-12-11T22:00:00Z");

  @Test
  void theMostSevereReasonComesFirstThenTheSoonestDueThenThoseWithoutATime() {
    List<Long> expected =
        List.of(
            Urgency.of(Level.HIGH, FRIDAY_5PM.minusSeconds(86_400 * 400)),
            Urgency.of(Level.HIGH, FRIDAY_5PM),
            Urgency.of(Level.HIGH, FRIDAY_5PM.plusSeconds(1)),
            Urgency.of(Level.HIGH, null),
            Urgency.of(Level.MEDIUM, Instant.parse("2020-01-01T00:00:00Z")),
            Urgency.of(Level.MEDIUM, null),
            Urgency.of(Level.LOW, Instant.parse("1999-01-01T00:00:00Z")),
            Urgency.of(Level.LOW, null),
            Urgency.NONE);
    List<Long> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new java.util.Random(7));
    Collections.sort(shuffled);
    assertThat(shuffled).isEqualTo(expected);
  }

  @Test
  void aKeyTellsItsSeverityAndDueTimeBack() {
    long key = Urgency.of(Level.MEDIUM, FRIDAY_5PM);
    assertThat(Urgency.level(key)).contains(Level.MEDIUM);
    assertThat(Urgency.due(key)).contains(FRIDAY_5PM);
    assertThat(Urgency.level(Urgency.of(Level.LOW, null))).contains(Level.LOW);
    assertThat(Urgency.due(Urgency.of(Level.LOW, null))).isEmpty();
    assertThat(Urgency.level(Urgency.NONE)).isEmpty();
    assertThat(Urgency.due(Urgency.NONE)).isEmpty();
  }

  @Test
  void fractionsOfASecondAreDroppedTowardsThePastAsPostgreSqlsFloorDoes() {
    assertThat(Urgency.due(Urgency.of(Level.HIGH, FRIDAY_5PM.plusMillis(999))))
        .contains(FRIDAY_5PM);
    assertThat(Urgency.due(Urgency.of(Level.HIGH, Instant.parse("1969-12-31T23:59:59.500Z"))))
        .contains(Instant.parse("1969-12-31T23:59:59Z"));
  }

  @Test
  void timesOutsideTheRangeStayWithinTheirSeverity() {
    long ancient = Urgency.of(Level.MEDIUM, Instant.parse("0001-01-01T00:00:00Z"));
    long far = Urgency.of(Level.MEDIUM, Instant.parse("9999-12-31T00:00:00Z"));
    assertThat(Urgency.level(ancient)).contains(Level.MEDIUM);
    assertThat(Urgency.level(far)).contains(Level.MEDIUM);
    assertThat(ancient).isLessThan(Urgency.of(Level.MEDIUM, FRIDAY_5PM));
    assertThat(far)
        .as("still a time: before a reason without one")
        .isGreaterThan(Urgency.of(Level.MEDIUM, FRIDAY_5PM))
        .isLessThan(Urgency.of(Level.MEDIUM, null));
  }
}
