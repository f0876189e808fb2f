package org.clausewatch.testing;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * The SQL statements a read-only action prepares, counted by Hibernate's statistics. Those count
 * for the whole server, so the server's own jobs (the flag job every 3 seconds, the alert job every
 * 20) add theirs whenever they run meanwhile, and a count read once fails now and then for no fault
 * of the action. The action is run until two runs in a row agree (at most five times, half a second
 * apart after a disagreement), and the fewest statements any run took is the count: the jobs only
 * ever add statements, and a read prepares the same ones each time. Not for actions whose second
 * run differs from the first (a write, a count kept after the first read).
 */
public final class StatementCount {

  private static final int MOST_RUNS = 5;

  private StatementCount() {}

  public static long of(EntityManagerFactory emf, Runnable readOnlyAction) {
    Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
    long fewest = Long.MAX_VALUE;
    long previous = -1;
    for (int run = 0; run < MOST_RUNS; run++) {
      statistics.clear();
      readOnlyAction.run();
      long count = statistics.getPrepareStatementCount();
      fewest = Math.min(fewest, count);
      if (count == previous) {
        break;
      }
      if (previous >= 0) {
        pause();
      }
      previous = count;
    }
    return fewest;
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
