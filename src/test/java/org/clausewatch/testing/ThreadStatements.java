package org.clausewatch.testing;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the thread that asked for a count, and no other:
 * the server's own jobs (the flag job every 3 seconds, the alert job every 20) run on their own
 * threads. Test deployments register it as the persistence unit's statement inspector ({@link
 * Deployments#withTests}); {@link StatementCount} reads it.
 */
public final class ThreadStatements implements StatementInspector {

  private static final long serialVersionUID = 1L;
  private static final ThreadLocal<long[]> COUNT = new ThreadLocal<>();

  @Override
  public String inspect(String sql) {
    long[] count = COUNT.get();
    if (count != null) {
      count[0]++;
    }
    return sql;
  }

  static long[] start() {
    long[] count = new long[1];
    COUNT.set(count);
    return count;
  }

  static void stop() {
    COUNT.remove();
  }
}
