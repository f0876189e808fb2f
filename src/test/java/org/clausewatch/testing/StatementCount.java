package org.clausewatch.testing;

import java.util.function.Supplier;

/**
 * The SQL statements an action prepares, counted on the test's own thread ({@link
 * ThreadStatements}). Hibernate's statistics count for the whole server, so the server's jobs (the
 * flag job every 3 seconds, the alert job every 20) added theirs whenever they ran meanwhile, and a
 * count read from them failed now and then for no fault of the action.
 */
public final class StatementCount {

  private StatementCount() {}

  /** An action's result and the statements it prepared. */
  public record Counted<T>(T result, long statements) {}

  public static long of(Runnable action) {
    return during(
            () -> {
              action.run();
              return null;
            })
        .statements();
  }

  public static <T> Counted<T> during(Supplier<T> action) {
    long[] count = ThreadStatements.start();
    try {
      T result = action.get();
      return new Counted<>(result, count[0]);
    } finally {
      ThreadStatements.stop();
    }
  }
}
