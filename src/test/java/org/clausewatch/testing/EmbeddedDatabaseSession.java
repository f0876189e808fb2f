package org.clausewatch.testing;

import java.nio.file.Path;
import org.clausewatch.tools.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a throwaway PostgreSQL before any integration test (and so before Arquillian boots
 * WildFly), and publishes its address as {@code clausewatch.it.db.url}. Failsafe switches it on
 * with {@code clausewatch.it.embedded-db=true}; with {@code false}, pass {@code
 * clausewatch.it.db.url}, {@code .user} and {@code .password} of a PostgreSQL of your own.
 */
public class EmbeddedDatabaseSession implements LauncherSessionListener {

  public static final String DATABASE = "clausewatch_it";

  private EmbeddedDatabase database;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    // The application's own role (it must exist in an external test database too)
    if (System.getProperty(TestDatabase.APP_USER) == null) {
      System.setProperty(TestDatabase.APP_USER, EmbeddedDatabase.APP_USER);
      System.setProperty(TestDatabase.APP_PASSWORD, EmbeddedDatabase.APP_PASSWORD);
    }
    if (!Boolean.getBoolean("clausewatch.it.embedded-db") || database != null) {
      return;
    }
    Path target = Path.of(System.getProperty("project.build.directory", "target"));
    database =
        EmbeddedDatabase.start(
            target.resolve("it-postgres/data"), target.resolve("embedded-pg"), 0, true);
    database.ensureDatabase(DATABASE);
    database.ensureRole(EmbeddedDatabase.APP_USER, EmbeddedDatabase.APP_PASSWORD);
    System.setProperty(TestDatabase.URL, database.jdbcUrl(DATABASE));
    System.setProperty(TestDatabase.USER, EmbeddedDatabase.USER);
    System.setProperty(TestDatabase.PASSWORD, EmbeddedDatabase.PASSWORD);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (database != null) {
      database.close();
      database = null;
    }
  }
}
