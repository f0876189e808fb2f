package org.clausewatch.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application's database role (what the deployed server connects as) may read and write its
 * tables, and nothing more: every statement below is refused by PostgreSQL itself, whatever a bug
 * or an attacker inside the application would try (issue #11, V12).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseRolesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    // deployed so that the migrations, V12 included, have run as the owner
    return Deployments.asBuilt();
  }

  private static String appRole() {
    return System.getProperty(TestDatabase.APP_USER);
  }

  private static Connection asApplication() throws SQLException {
    return DriverManager.getConnection(
        TestDatabase.url(), appRole(), System.getProperty(TestDatabase.APP_PASSWORD));
  }

  private static void refused(Statement statement, String sql) {
    assertThatThrownBy(() -> statement.execute(sql))
        .as(sql)
        .isInstanceOf(SQLException.class)
        .satisfies(
            e ->
                assertThat(e.getMessage())
                    .containsAnyOf("permission denied", "must be owner", "must be the owner"));
  }

  @Test
  void theApplicationRoleReadsAndWritesItsTables() throws Exception {
    try (Connection c = asApplication();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      try (ResultSet rs = s.executeQuery("select count(*) from contract")) {
        assertThat(rs.next()).isTrue();
      }
      s.executeUpdate(
          "insert into party (id, version, name, kind) values (nextval('party_seq'), 0,"
              + " 'Role test party', 'COMPANY')");
      s.executeUpdate("update party set name = 'Role test party 2' where name = 'Role test party'");
      s.executeUpdate("delete from party where name = 'Role test party 2'");
      c.rollback();
    }
  }

  @Test
  void theApplicationRoleCannotChangeTheSchemaTheTriggersOrTheAuditTrail() throws Exception {
    try (Connection c = asApplication();
        Statement s = c.createStatement()) {
      refused(s, "alter table contract add column sneaky text");
      refused(s, "drop table deadline_lead_time");
      refused(s, "alter table security_event disable trigger all");
      refused(s, "alter table contract_aud disable trigger all");
      refused(s, "truncate contract");
      refused(s, "truncate security_event");
      refused(s, "update security_event set actor = 'nobody'");
      refused(s, "delete from security_event");
      refused(s, "update revinfo set username = 'nobody'");
      refused(s, "delete from revinfo");
      refused(s, "update contract_aud set title = 'rewritten'");
      refused(s, "delete from contract_aud");
      refused(s, "delete from flyway_schema_history");
      refused(s, "create table sneaky (id int)");
    }
  }

  @Test
  void everyAuditTableIsAppendOnlyForTheApplicationRole() throws Exception {
    List<String> writable = new ArrayList<>();
    String role = appRole();
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = 'public' and c.relkind = 'r' and (c.relname like"
                    + " '%\\_aud' or c.relname in ('revinfo', 'security_event')) and"
                    + " (has_table_privilege('"
                    + role
                    + "', c.oid, 'DELETE') or has_table_privilege('"
                    + role
                    + "', c.oid, 'TRUNCATE') or has_table_privilege('"
                    + role
                    + "', c.oid, 'UPDATE'))")) {
      while (rs.next()) {
        writable.add(rs.getString(1));
      }
    }
    assertThat(writable)
        .as("audit tables the application role may rewrite (a migration forgot to revoke)")
        .isEmpty();
  }
}
