package org.clausewatch.contract.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractSortField;
import org.clausewatch.shared.SortDirection;
import org.junit.jupiter.api.Test;

class ListCountsTest {

  private final ListCounts counts = new ListCounts();
  private final AtomicLong counted = new AtomicLong();

  private LongSupplier counting(long result) {
    return () -> {
      counted.incrementAndGet();
      return result;
    };
  }

  private static ContractQuery text(String text) {
    return ContractQuery.builder().text(text).build();
  }

  @Test
  void aCountIsKeptWhileTheListHasNotChanged() {
    assertThat(counts.countUpTo(text("alpha"), 2, 10_000, 7, counting(42))).isEqualTo(42);
    assertThat(counts.countUpTo(text("alpha"), 2, 10_000, 7, counting(99))).isEqualTo(42);
    assertThat(counted).hasValue(1);
  }

  @Test
  void aChangeToTheListCountsAgain() {
    counts.countUpTo(text("alpha"), 2, 10_000, 7, counting(42));
    assertThat(counts.countUpTo(text("alpha"), 2, 10_000, 8, counting(43))).isEqualTo(43);
    assertThat(counted).hasValue(2);
  }

  @Test
  void anotherClearanceFilterOrCapIsCountedOnItsOwn() {
    counts.countUpTo(text("alpha"), 2, 10_000, 7, counting(42));
    assertThat(counts.countUpTo(text("alpha"), 1, 10_000, 7, counting(40)))
        .as("a lower clearance never reads a count that includes what it cannot see")
        .isEqualTo(40);
    assertThat(counts.countUpTo(text("bravo"), 2, 10_000, 7, counting(3))).isEqualTo(3);
    assertThat(counts.countUpTo(text("alpha"), 2, 20_000, 7, counting(44))).isEqualTo(44);
    assertThat(counted).hasValue(4);
  }

  @Test
  void theSortDoesNotChangeACount() {
    counts.countUpTo(text("alpha"), 2, 10_000, 7, counting(42));
    ContractQuery sorted =
        ContractQuery.builder()
            .text("alpha")
            .sort(ContractSortField.CEILING, SortDirection.DESCENDING)
            .build();
    assertThat(counts.countUpTo(sorted, 2, 10_000, 7, counting(99))).isEqualTo(42);
    assertThat(counted).hasValue(1);
  }
}
