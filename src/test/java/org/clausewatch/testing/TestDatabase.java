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

  /** A suffix that keeps one test's business keys apart from every other test's. */
  public static String uniqueSuffix() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }
}
