package org.clausewatch.testing;

import java.util.function.Supplier;

/**
 * The SQL statements an action prepares and the entities it loads and writes, counted on the test's
 * own thread ({@link ThreadStatements}, {@link ThreadEntities}). Hibernate's statistics count for
 * the whole server, so the server's jobs (the flag job every 3 seconds, the alert job every 20)
 * added theirs whenever they ran meanwhile, and a count read from them failed now and then for no
 * fault of the action.
 */
public final class StatementCount {

  private StatementCount() {}

  /**
   * An action's result, the statements it prepared, the entities it loaded and those it wrote
   * (persisted, changed or removed).
   */
  public record Counted<T>(T result, long statements, long entitiesLoaded, long entitiesWritten) {}

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
    long[] entities = ThreadEntities.start();
    try {
      T result = action.get();
      return new Counted<>(
          result, count[0], ThreadEntities.loaded(entities), ThreadEntities.written(entities));
    } finally {
      ThreadStatements.stop();
      ThreadEntities.stop();
    }
  }
}
