package org.clausewatch.shared.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.clausewatch.shared.persistence.DatabaseMigrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/** DOWN while the database cannot be reached or has migrations pending. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  static final String NAME = "database";
  private static final org.jboss.logging.Logger LOG =
      org.jboss.logging.Logger.getLogger(DatabaseReadinessCheck.class);
  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:jboss/datasources/ClausewatchDS")
  private DataSource dataSource;

  private boolean demoData;

  public DatabaseReadinessCheck() {
    // for CDI
  }

  /** For checks outside the container, on any datasource. */
  public DatabaseReadinessCheck(DataSource dataSource, boolean demoData) {
    this.dataSource = dataSource;
    this.demoData = demoData;
  }

  @PostConstruct
  void readConfiguration() {
    demoData = DatabaseMigrations.demoDataEnabled();
  }

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
        return down("database connection is not valid");
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warnf("Readiness: database unreachable: %s", e.getMessage());
      return down("database unreachable (details in the server log)");
    }
    int pending;
    try {
      pending = DatabaseMigrations.forDataSource(dataSource, demoData).pendingCount();
    } catch (RuntimeException e) {
      LOG.warnf("Readiness: migration state unknown: %s", e.getMessage());
      return down("migration state unknown (details in the server log)");
    }
    return new HealthCheckResponse(
        NAME,
        pending > 0 ? Status.DOWN : Status.UP,
        Optional.of(Map.of("pendingMigrations", (long) pending)));
  }

  // Built directly rather than through HealthCheckResponse.named(): that looks up the server's
  // provider, which a check run outside the container (tests, tools) does not have.
  private static HealthCheckResponse down(String reason) {
    return new HealthCheckResponse(NAME, Status.DOWN, Optional.of(Map.of("reason", reason)));
  }
}
