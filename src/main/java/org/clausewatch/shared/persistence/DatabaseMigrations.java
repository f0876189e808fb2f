package org.clausewatch.shared.persistence;

import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The one place that knows where migrations live and how Flyway is set up, so start-up, the
 * readiness check and the stand-alone migration command agree.
 */
public final class DatabaseMigrations {

  /** Production schema migrations, {@code db/migrations/V<n>__<what>.sql}. */
  public static final String SCHEMA_LOCATION = "classpath:db/migrations";

  /** Demo data: repeatable migrations applied only in demo mode (the run command). */
  public static final String DEMO_LOCATION = "classpath:db/demo";

  /** MicroProfile Config key; also read from the environment as {@code CLAUSEWATCH_DEMO_DATA}. */
  public static final String DEMO_DATA_PROPERTY = "clausewatch.demo-data";

  private final Flyway flyway;

  private DatabaseMigrations(Flyway flyway) {
    this.flyway = flyway;
  }

  public static DatabaseMigrations forDataSource(DataSource dataSource, boolean withDemoData) {
    return forDataSource(dataSource, withDemoData, DatabaseMigrations.class.getClassLoader());
  }

  public static DatabaseMigrations forDataSource(
      DataSource dataSource, boolean withDemoData, ClassLoader classLoader) {
    String[] locations =
        withDemoData
            ? new String[] {SCHEMA_LOCATION, DEMO_LOCATION}
            : new String[] {SCHEMA_LOCATION};
    Flyway flyway =
        Flyway.configure(classLoader)
            .dataSource(dataSource)
            .locations(locations)
            .validateMigrationNaming(true)
            // A database once run with demo data holds repeatable migrations that a run without
            // demo data does not know; that is not an error.
            .ignoreMigrationPatterns("repeatable:missing")
            .cleanDisabled(true)
            .placeholders(java.util.Map.of("app_role", applicationRole()))
            .load();
    return new DatabaseMigrations(flyway);
  }

  /**
   * MicroProfile Config key of the application's database role ({@code CLAUSEWATCH_DB_APP_USER}).
   */
  public static final String APP_ROLE_PROPERTY = "clausewatch.db.app-user";

  /** The application's database role, which V12 grants its privileges (default clausewatch_app). */
  public static String applicationRole() {
    String role;
    try {
      Config config = ConfigProvider.getConfig(DatabaseMigrations.class.getClassLoader());
      role = config.getOptionalValue(APP_ROLE_PROPERTY, String.class).orElse("clausewatch_app");
    } catch (IllegalStateException noConfigOutsideTheServer) {
      // tools and tests outside the container: system property, environment, default
      role =
          System.getProperty(
              APP_ROLE_PROPERTY,
              System.getenv().getOrDefault("CLAUSEWATCH_DB_APP_USER", "clausewatch_app"));
    }
    if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalStateException(
          "CLAUSEWATCH_DB_APP_USER must be a lower-case PostgreSQL role name: " + role);
    }
    return role;
  }

  /** Whether this deployment loads demo data, from MicroProfile Config (default: no). */
  public static boolean demoDataEnabled() {
    Config config = ConfigProvider.getConfig(DatabaseMigrations.class.getClassLoader());
    return config.getOptionalValue(DEMO_DATA_PROPERTY, Boolean.class).orElse(false);
  }

  /** Applies every pending migration; fails (and leaves the database as it was) on error. */
  public MigrateResult migrate() {
    return flyway.migrate();
  }

  /** Migrations known to this build that the database has not applied yet. */
  public int pendingCount() {
    return flyway.info().pending().length;
  }
}
