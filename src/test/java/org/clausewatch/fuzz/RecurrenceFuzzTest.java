package org.clausewatch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import org.clausewatch.deadline.domain.Recurrence;
import org.clausewatch.shared.BusinessException;

/**
 * Fuzzes RRULE handling (issue #11): any text is either refused with a {@link BusinessException} or
 * gives a rule whose expansions return at most what was asked for, in order, from the asked date
 * on, without any other exception. Time-boxed; runs in {@code mvn verify}.
 */
class RecurrenceFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void anyRuleIsRefusedOrExpandsBoundedAndInOrder(FuzzedDataProvider data) {
    String prefix =
        data.pickValue(
            new String[] {"", "FREQ=DAILY;", "FREQ=WEEKLY;", "FREQ=MONTHLY;", "FREQ=YEARLY;"});
    String rule = prefix + data.consumeString(200);
    LocalDate start = LocalDate.of(1990 + data.consumeInt(0, 60), 1 + data.consumeInt(0, 11), 1);
    int count = data.consumeInt(0, 30);
    Recurrence recurrence;
    try {
      recurrence = Recurrence.parse(rule);
    } catch (BusinessException refused) {
      return;
    }
    List<LocalDate> dates = recurrence.occurrences(start, start.plusDays(40), count);
    assertThat(dates.size()).isLessThanOrEqualTo(Math.max(1, count));
    assertThat(dates)
        .isSorted()
        .allSatisfy(d -> assertThat(d).isAfterOrEqualTo(start.plusDays(40)));
    recurrence.around(start, start.plusYears(3), 3, 3);
  }
}
