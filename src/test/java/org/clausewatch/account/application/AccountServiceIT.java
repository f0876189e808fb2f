package org.clausewatch.account.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.security.Role;
import org.clausewatch.testing.Callers;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.Sql;
import org.clausewatch.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** User administration: rules, messages, and a security event for every change. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(AccountServiceIT.class);
  }

  @Inject AccountService accounts;
  @Inject SignInService signIn;

  @Resource(lookup = "java:jboss/datasources/ClausewatchDS")
  DataSource dataSource;

  private String admin;

  @BeforeEach
  void anAdministrator() {
    admin = TestUsers.create(TestUsers.unique("admin"), "TOP_SECRET", "ADMINISTRATOR");
  }

  @Test
  void manySignInsOfOneUserAtOnceAllSucceedAndConcurrentFailuresAreEachCounted() throws Exception {
    String shared = TestUsers.create(TestUsers.unique("shared"), "CUI", "MANAGER");
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<SignInResult>> results =
          new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> signIn.signIn(shared, TestUsers.PASSWORD)));
      }
      for (java.util.concurrent.Future<SignInResult> r : results) {
        assertThat(r.get().signedIn()).as("no attempt lost to a concurrent one").isTrue();
      }

      java.util.List<java.util.concurrent.Future<SignInResult>> wrong = new java.util.ArrayList<>();
      for (int i = 0; i < 2; i++) {
        wrong.add(pool.submit(() -> signIn.signIn(shared, "not the password at all")));
      }
      for (java.util.concurrent.Future<SignInResult> r : wrong) {
        assertThat(r.get().signedIn()).isFalse();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(failedAttempts(shared)).as("both failures counted, none lost").isEqualTo(2);
  }

  private int failedAttempts(String username) throws java.sql.SQLException {
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement s =
            c.prepareStatement("select failed_attempts from app_user where username = ?")) {
      s.setString(1, username);
      try (java.sql.ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  @Test
  void aNewUserCanSignInWithThePasswordTheAdministratorSet() {
    String name = TestUsers.unique("new");
    AccountView created =
        Callers.as(
            admin,
            () ->
                accounts.create(
                    new NewAccount(
                        name.toUpperCase(),
                        "Casey Chen",
                        "casey@example.gov",
                        "a perfectly long passphrase",
                        Set.of(Role.LEGAL),
                        Classification.SECRET)));

    assertThat(created.username()).isEqualTo(name);
    assertThat(signIn.signIn(name, "a perfectly long passphrase").signedIn()).isTrue();
    assertThat(signIn.signIn(name, "a perfectly long passphrasf").signedIn()).isFalse();
    assertThat(events(admin)).contains("USER_CREATED " + name);
  }

  @Test
  void badInputIsRefusedWithAMessageAndSavesNothing() {
    String name = TestUsers.unique("short");
    assertThatThrownBy(
            () ->
                Callers.as(
                    admin,
                    () ->
                        accounts.create(
                            new NewAccount(
                                name, "Short", null, "too short", Set.of(), Classification.CUI))))
        .isInstanceOf(BusinessException.class)
        .hasMessage("The password must have at least 12 characters.");
    assertThatThrownBy(
            () ->
                Callers.as(
                    admin,
                    () ->
                        accounts.create(
                            new NewAccount(
                                admin, "Again", null, "long enough password", Set.of(), null))))
        .hasMessage("A user named " + admin + " already exists.");
    assertThatThrownBy(() -> Callers.as(admin, () -> accounts.view(name)))
        .hasMessage("Unknown user: " + name);
  }

  @Test
  void aChangeMadeMeanwhileBySomeoneElseIsNotOverwritten() {
    String user = TestUsers.create(TestUsers.unique("edited"), "CUI", "MANAGER");
    long seen = Callers.as(admin, () -> accounts.view(user).version());
    Callers.as(
        admin,
        () ->
            accounts.update(
                user,
                seen,
                "First edit",
                null,
                Set.of(Role.MANAGER),
                Classification.SECRET,
                "needs the classified annex"));

    assertThatThrownBy(
            () ->
                Callers.as(
                    admin,
                    () ->
                        accounts.update(
                            user,
                            seen,
                            "Second edit",
                            null,
                            Set.of(Role.LEGAL),
                            Classification.CUI,
                            null)))
        .hasMessageContaining("Someone else changed");
    AccountView now = Callers.as(admin, () -> accounts.view(user));
    assertThat(now.displayName()).isEqualTo("First edit");
    assertThat(now.roles()).containsExactly(Role.MANAGER);
    assertThat(now.clearance()).isEqualTo(Classification.SECRET);
    assertThat(events(admin))
        .contains("CLEARANCE_CHANGED " + user)
        .doesNotContain("ROLES_CHANGED " + user);
  }

  @Test
  void theLastEnabledAdministratorCanNeitherBeDisabledNorDemoted() throws Exception {
    Sql.update(
        dataSource,
        "update app_user set enabled = false where username <> ? and id in"
            + " (select user_id from app_user_role where role = 'ADMINISTRATOR')",
        admin);

    assertThatThrownBy(() -> Callers.as(admin, () -> accounts.disable(admin)))
        .hasMessageContaining("last enabled administrator");
    long version = Callers.as(admin, () -> accounts.view(admin).version());
    assertThatThrownBy(
            () ->
                Callers.as(
                    admin,
                    () ->
                        accounts.update(
                            admin,
                            version,
                            "Admin",
                            null,
                            Set.of(Role.MANAGER),
                            Classification.CUI,
                            null)))
        .hasMessageContaining("cannot change your own roles");
    assertThat(Callers.as(admin, () -> accounts.view(admin)).roles()).contains(Role.ADMINISTRATOR);

    String second = TestUsers.create(TestUsers.unique("second-admin"), "CUI", "ADMINISTRATOR");
    Callers.as(admin, () -> accounts.disable(second));
    Callers.as(admin, () -> accounts.enable(second));
    Callers.as(second, () -> accounts.disable(admin));
    assertThat(Callers.as(second, () -> accounts.view(admin)).enabled()).isFalse();
    assertThat(events(second)).contains("USER_DISABLED " + admin);
  }

  @Test
  void anAdministratorGrantsNoClearanceAboveTheirOwnNorChangesTheirOwnAndSaysWhyTheyRaiseOne() {
    String cuiAdmin = TestUsers.create(TestUsers.unique("cui-admin"), "CUI", "ADMINISTRATOR");
    String user = TestUsers.create(TestUsers.unique("raised"), "UNCLASSIFIED", "MANAGER");
    long version = Callers.as(cuiAdmin, () -> accounts.view(user).version());

    assertThatThrownBy(
            () ->
                Callers.as(
                    cuiAdmin,
                    () ->
                        accounts.update(
                            user,
                            version,
                            "Raised",
                            null,
                            Set.of(Role.MANAGER),
                            Classification.SECRET,
                            "wants to read everything")))
        .hasMessageContaining("above your own");
    assertThatThrownBy(
            () ->
                Callers.as(
                    cuiAdmin,
                    () ->
                        accounts.create(
                            new NewAccount(
                                TestUsers.unique("too-high"),
                                "Too high",
                                null,
                                "long enough password",
                                Set.of(Role.MANAGER),
                                Classification.TOP_SECRET))))
        .hasMessageContaining("above your own");
    assertThatThrownBy(
            () ->
                Callers.as(
                    cuiAdmin,
                    () ->
                        accounts.update(
                            user,
                            version,
                            "Raised",
                            null,
                            Set.of(Role.MANAGER),
                            Classification.CUI,
                            " ")))
        .hasMessageContaining("Say why");

    Callers.as(
        cuiAdmin,
        () ->
            accounts.update(
                user,
                version,
                "Raised",
                null,
                Set.of(Role.MANAGER),
                Classification.CUI,
                "reads the CUI annex"));
    assertThat(detail(user, "CLEARANCE_CHANGED"))
        .isEqualTo("UNCLASSIFIED -> CUI: reads the CUI annex");

    long own = Callers.as(cuiAdmin, () -> accounts.view(cuiAdmin).version());
    assertThatThrownBy(
            () ->
                Callers.as(
                    cuiAdmin,
                    () ->
                        accounts.update(
                            cuiAdmin,
                            own,
                            "Me",
                            null,
                            Set.of(Role.ADMINISTRATOR, Role.LEGAL),
                            Classification.CUI,
                            null)))
        .hasMessageContaining("cannot change your own roles");
    assertThat(Callers.as(admin, () -> accounts.view(cuiAdmin)).roles())
        .containsExactly(Role.ADMINISTRATOR);
  }

  private String detail(String subject, String kind) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select detail from security_event where subject = ? and kind = ? order by id"
                    + " desc limit 1")) {
      q.setString(1, subject);
      q.setString(2, kind);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> events(String actor) {
    List<String> events = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select kind, subject from security_event where actor = ? order by id")) {
      q.setString(1, actor);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          events.add(rs.getString(1) + " " + rs.getString(2));
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return events;
  }
}
