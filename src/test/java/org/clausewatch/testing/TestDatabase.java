package org.clausewatch.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The PostgreSQL the integration tests run against, for tests that work outside WildFly. */
public final class TestDatabase {

  public static final String URL = "clausewatch.it.db.url";
  public static final String USER = "clausewatch.it.db.user";
  public static final String PASSWORD = "clausewatch.it.db.password";
  public static final String APP_USER = "clausewatch.it.db.app-user";
  public static final String APP_PASSWORD = "clausewatch.it.db.app-password";

  private TestDatabase() {}

  public static String url() {
    String url = System.getProperty(URL);
    if (url == null) {
      throw new IllegalStateException(
          "No test database: run through Failsafe (mvn verify) or set -D" + URL);
    }
    return url;
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        url(), System.getProperty(USER, "postgres"), System.getProperty(PASSWORD, "postgres"));
  }

  public static DataSource dataSource(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser(System.getProperty(USER, "postgres"));
    ds.setPassword(System.getProperty(PASSWORD, "postgres"));
    ds.setConnectTimeout(2);
    return ds;
  }

  /**
   * Waits (at most 30 s) until the server's flag job has recomputed every contract queued for it,
   * e.g. after test data was written in SQL: the list's "needs attention" reads stored flags.
   */
  public static void awaitFlags() throws SQLException, InterruptedException {
    long until = System.nanoTime() + 30_000_000_000L;
    try (Connection c = connect();
        java.sql.Statement s = c.createStatement()) {
      while (System.nanoTime() < until) {
        try (java.sql.ResultSet r = s.executeQuery("select count(*) from flag_stale")) {
          r.next();
          if (r.getLong(1) == 0) {
            return;
          }
        }
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the flag job did not catch up within 30 s");
  }

  /** A suffix that keeps one test's business keys apart from every other test's. */
  public static String uniqueSuffix() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }
}
