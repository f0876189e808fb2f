package org.clausewatch.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.account.domain.AccountRepository;
import org.clausewatch.account.domain.Outcome;
import org.clausewatch.account.domain.PasswordPolicy;
import org.clausewatch.account.domain.SecurityEventKind;
import org.clausewatch.account.domain.UserAccount;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.persistence.DatabaseMigrations;
import org.clausewatch.shared.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On a database without an enabled administrator, creates one from {@code
 * CLAUSEWATCH_ADMIN_USERNAME} and {@code CLAUSEWATCH_ADMIN_PASSWORD} (and optionally {@code
 * CLAUSEWATCH_ADMIN_CLEARANCE}). Does nothing once an administrator exists, so the variables can be
 * removed after the first start.
 */
@Startup
@Singleton
public class InitialAdministrator {

  private static final Logger LOG = Logger.getLogger(InitialAdministrator.class);

  /** The e-mail domain of the demo users (db/demo/R__demo_users.sql). */
  static final String DEMO_EMAIL_DOMAIN = "demo.clausewatch.invalid";

  @Inject private AccountRepository accounts;
  @Inject private Passwords passwords;
  @Inject private SecurityEventService events;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "clausewatch.admin.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "clausewatch.admin.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "clausewatch.admin.clearance", defaultValue = "UNCLASSIFIED")
  String clearance;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void atStartup() {
    if (!DatabaseMigrations.demoDataEnabled()) {
      disableDemoAccounts();
    }
    ensure(username, password, clearance);
  }

  /**
   * Demo accounts (their shared password is in the README) never work outside demo mode: a database
   * that once ran with demo data keeps its demo users disabled when started without it.
   *
   * @return the names disabled now
   */
  public java.util.List<String> disableDemoAccounts() {
    java.util.List<String> disabled = new java.util.ArrayList<>();
    for (UserAccount demo : accounts.enabledWithEmailDomain(DEMO_EMAIL_DOMAIN)) {
      demo.disable();
      disabled.add(demo.username());
      events.recordWithChange(
          "system",
          SecurityEventKind.USER_DISABLED,
          Outcome.SUCCESS,
          demo.username(),
          "demo account, started without demo data");
    }
    if (!disabled.isEmpty()) {
      LOG.warnf(
          "Started without demo data: disabled the demo accounts %s. Demo accounts only work in"
              + " demo mode.",
          disabled);
    }
    return disabled;
  }

  /**
   * Creates the administrator if no enabled administrator exists.
   *
   * @return the name of the administrator created, or empty if none was (one exists, or the
   *     settings are missing or invalid; the log says which)
   */
  public Optional<String> ensure(
      Optional<String> username, Optional<String> password, String clearance) {
    if (accounts.otherEnabledAdministrators("") > 0) {
      return Optional.empty();
    }
    if (username.isEmpty() || password.isEmpty()) {
      LOG.warn(
          "No enabled administrator exists. Set CLAUSEWATCH_ADMIN_USERNAME and"
              + " CLAUSEWATCH_ADMIN_PASSWORD and restart to create one.");
      return Optional.empty();
    }
    try {
      String name = UserAccount.normalizeUsername(username.get());
      PasswordPolicy.check(password.get(), name);
      if (accounts.findByUsername(name).isPresent()) {
        LOG.errorf(
            "CLAUSEWATCH_ADMIN_USERNAME names the existing user %s, who is not an enabled"
                + " administrator; not changing it. Name a new user instead.",
            name);
        return Optional.empty();
      }
      accounts.add(
          new UserAccount(
              name,
              "Administrator",
              passwords.hash(password.get()),
              Set.of(Role.ADMINISTRATOR),
              Classification.valueOf(clearance.strip().toUpperCase(java.util.Locale.ROOT)),
              clock.instant()));
      events.recordWithChange(
          "system", SecurityEventKind.USER_CREATED, Outcome.SUCCESS, name, "initial administrator");
      LOG.infof("Created the initial administrator %s from the environment.", name);
      return Optional.of(name);
    } catch (BusinessException | IllegalArgumentException e) {
      LOG.errorf("Initial administrator not created: %s", e.getMessage());
      return Optional.empty();
    }
  }
}
