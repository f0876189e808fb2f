package org.clausewatch.contract.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractStatus;

/**
 * The contract list's capped counts (and the overview's counts by status), kept per filter,
 * clearance and cap while nothing they depend on changed: every list request used to count up to
 * 10,001 rows again (8 to 64 ms of SQL at 100,000 contracts, the larger part of a list request's
 * database time).
 *
 * <p>A kept count is used only while the list's change sequence (V24) has not moved, and for at
 * most {@link #LIFETIME_NANOS}. The clearance is part of the key, so a count never includes what
 * the caller cannot see. See {@link KeptPerVersion}.
 */
@ApplicationScoped
public class ListCounts {

  static final long LIFETIME_NANOS = TimeUnit.SECONDS.toNanos(60);
  static final int MAX_ENTRIES = 5_000;

  private record Key(ContractQuery filters, int clearance, int limit) {}

  private final KeptPerVersion<Key, Long> counts =
      new KeptPerVersion<>(LIFETIME_NANOS, MAX_ENTRIES);

  /** The overview's contracts by status, per clearance (five clearances at most). */
  private final KeptPerVersion<Integer, Map<ContractStatus, Long>> byStatus =
      new KeptPerVersion<>(LIFETIME_NANOS, MAX_ENTRIES);

  /**
   * The count for these filters, clearance and cap: the kept one if still valid at {@code version},
   * else a new one from {@code count}.
   */
  long countUpTo(
      ContractQuery filters, int clearance, int limit, long version, LongSupplier count) {
    return counts.get(new Key(filters.unsorted(), clearance, limit), version, count::getAsLong);
  }

  /**
   * Contracts by status for a clearance: the kept ones if still valid at {@code version}, else new
   * ones from {@code count} (a scan of every contract: 26 ms at 100,000, on every overview).
   */
  Map<ContractStatus, Long> byStatus(
      int clearance, long version, Supplier<Map<ContractStatus, Long>> count) {
    return byStatus.get(clearance, version, count);
  }
}
