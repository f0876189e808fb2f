package org.clausewatch.account.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first administrator of a production database comes from the environment, once: the settings
 * the server would read from CLAUSEWATCH_ADMIN_* are passed in directly.
 */
@ExtendWith(ArquillianExtension.class)
class InitialAdministratorIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(InitialAdministratorIT.class);
  }

  @Inject InitialAdministrator initial;
  @Inject SignInService signIn;

  @Resource(lookup = "java:jboss/datasources/ClausewatchDS")
  DataSource dataSource;

  @Test
  void withoutAnAdministratorTheOneFromTheEnvironmentIsCreatedOnceAndCanSignIn() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "update app_user set enabled = false where id in"
              + " (select user_id from app_user_role where role = 'ADMINISTRATOR')");
    }
    String name = TestUsers.unique("first-admin");

    assertThat(initial.ensure(Optional.of(name), Optional.of("short"), "CUI"))
        .as("a password against the policy creates nobody")
        .isEmpty();
    assertThat(initial.ensure(Optional.empty(), Optional.empty(), "CUI")).isEmpty();
    assertThat(initial.ensure(Optional.of(name), Optional.of("first admin's long password"), "cui"))
        .contains(name);
    assertThat(
            initial.ensure(
                Optional.of(name + "-2"), Optional.of("first admin's long password"), "CUI"))
        .as("an enabled administrator exists now")
        .isEmpty();

    SignInResult result = signIn.signIn(name, "first admin's long password");
    assertThat(result.signedIn()).isTrue();
    assertThat(result.roles()).containsExactly(org.clausewatch.shared.security.Role.ADMINISTRATOR);
  }

  @Test
  void demoAccountsLeftInADatabaseStartedWithoutDemoDataAreDisabledAndCannotSignIn()
      throws Exception {
    String demo = TestUsers.create(TestUsers.unique("demo-left"), "SECRET", "CONTRACTING_OFFICER");
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "update app_user set email = '"
              + demo
              + "@demo.clausewatch.invalid' where username = '"
              + demo
              + "'");
    }
    assertThat(signIn.signIn(demo, TestUsers.PASSWORD).signedIn()).isTrue();

    assertThat(initial.disableDemoAccounts()).contains(demo);

    assertThat(signIn.signIn(demo, TestUsers.PASSWORD).signedIn()).isFalse();
    assertThat(initial.disableDemoAccounts()).doesNotContain(demo);
  }
}
