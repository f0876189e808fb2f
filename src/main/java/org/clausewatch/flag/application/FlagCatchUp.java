package org.clausewatch.flag.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** Brings every queued contract's flags up to date before returning. */
@ApplicationScoped
public class FlagCatchUp {

  @Inject private FlagWork work;

  /**
   * Recomputes until the queue is empty, waiting (at most 30 s) for batches another server or the
   * timer holds: for tests, and for tools that need flags current now.
   *
   * @return how many contracts this call recomputed
   */
  public int catchUp(Instant now) {
    long until = System.nanoTime() + 30_000_000_000L;
    int total = 0;
    while (System.nanoTime() < until) {
      int n = work.step(now);
      total += n;
      if (n == 0) {
        if (work.pending() == 0) {
          return total;
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return total;
        }
      }
    }
    throw new IllegalStateException("Flags did not catch up within 30 s");
  }
}
