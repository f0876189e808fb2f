package org.clausewatch.shared.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Statement;
import org.clausewatch.shared.persistence.DatabaseMigrations;
import org.clausewatch.testing.TestDatabase;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.Test;

/** Readiness is DOWN while the database is unreachable or behind on migrations. */
class DatabaseReadinessCheckIT {

  @Test
  void downWhileMigrationsArePendingThenUpOnceApplied() throws Exception {
    String name = "readiness_" + TestDatabase.uniqueSuffix().toLowerCase();
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    }
    String url = TestDatabase.url().replaceAll("/[^/]+$", "/" + name);
    var dataSource = TestDatabase.dataSource(url);
    DatabaseReadinessCheck cut = new DatabaseReadinessCheck(dataSource, false);

    HealthCheckResponse before = cut.call();
    DatabaseMigrations.forDataSource(dataSource, false).migrate();
    HealthCheckResponse after = cut.call();

    assertThat(before.getStatus()).isEqualTo(Status.DOWN);
    assertThat(before.getData().orElseThrow()).containsKey("pendingMigrations");
    assertThat((Long) before.getData().orElseThrow().get("pendingMigrations")).isPositive();
    assertThat(after.getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void downWhileTheDatabaseIsUnreachable() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    var unreachable =
        TestDatabase.dataSource("jdbc:postgresql://127.0.0.1:" + closedPort + "/nothing");

    HealthCheckResponse response = new DatabaseReadinessCheck(unreachable, false).call();

    assertThat(response.getStatus()).isEqualTo(Status.DOWN);
    assertThat(response.getData().orElseThrow().get("reason").toString())
        .as("no exception text (host names, ports, users) on the unauthenticated probe")
        .isEqualTo("database unreachable (details in the server log)");
  }
}
