package org.clausewatch.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * SQL a test writes or reads behind the application's back (rows "written by an administrator",
 * what a service stored), each statement on a connection of its own, committed at once.
 */
public final class Sql {

  private Sql() {}

  /**
   * @return the number of rows the statement changed
   */
  public static int update(DataSource db, String sql, Object... parameters) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement st = prepared(c, sql, parameters)) {
      return st.executeUpdate();
    }
  }

  /** The first column of the first row, or null when there is no row. */
  public static <T> T value(DataSource db, Class<T> type, String sql, Object... parameters)
      throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement st = prepared(c, sql, parameters);
        ResultSet rs = st.executeQuery()) {
      return rs.next() ? rs.getObject(1, type) : null;
    }
  }

  /**
   * Waits (at most 20 s) until a session waits for a lock that another holds: a row of {@code
   * pg_locks} not granted and matching {@code condition} (SQL over its columns, e.g. {@code pid =
   * ?}).
   *
   * @throws AssertionError if none did
   */
  public static void awaitWaitingForALock(DataSource db, String condition, Object... parameters)
      throws SQLException, InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    String sql = "select count(*) from pg_locks where not granted and (" + condition + ")";
    while (System.nanoTime() < until) {
      if (value(db, Long.class, sql, parameters) > 0) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("nobody waited for a lock (" + condition + ")");
  }

  private static PreparedStatement prepared(Connection c, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement st = c.prepareStatement(sql);
    try {
      for (int i = 0; i < parameters.length; i++) {
        st.setObject(i + 1, parameters[i]);
      }
      return st;
    } catch (SQLException e) {
      st.close();
      throw e;
    }
  }
}
