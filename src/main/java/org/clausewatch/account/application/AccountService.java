package org.clausewatch.account.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.clausewatch.account.domain.AccountRepository;
import org.clausewatch.account.domain.Outcome;
import org.clausewatch.account.domain.PasswordPolicy;
import org.clausewatch.account.domain.SecurityEventKind;
import org.clausewatch.account.domain.UserAccount;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.Page;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.CurrentCaller;
import org.clausewatch.shared.security.Role;

/**
 * User administration, for administrators only. Every change is a security event written in the
 * same transaction; the last enabled administrator can be neither disabled nor demoted.
 */
@Stateless
@Allowed(Role.ADMINISTRATOR)
public class AccountService {

  /** The longest reason for raising a clearance. */
  public static final int REASON_MAX_LENGTH = 500;

  @Inject private SignInThrottle throttle;
  @Inject private Event<SessionsToEnd> sessionsToEnd;
  @Inject private AccountRepository accounts;
  @Inject private Passwords passwords;
  @Inject private SecurityEventService events;
  @Inject private CurrentCaller caller;
  @Inject private Clock clock;

  public Page<AccountView> browse(String text, @NotNull PageRequest page) {
    long total = accounts.count(text);
    Instant now = clock.instant();
    List<AccountView> items =
        total > page.offset()
            ? accounts.page(text, page).stream().map(a -> AccountView.of(a, now)).toList()
            : List.of();
    return new Page<>(items, total);
  }

  public AccountView view(@NotNull String username) {
    return AccountView.of(existing(username), clock.instant());
  }

  /**
   * @throws BusinessException if the user name is taken or a field is invalid; nothing is saved
   */
  public AccountView create(@NotNull NewAccount request) {
    String username = UserAccount.normalizeUsername(request.username());
    if (accounts.exists(username)) {
      throw new BusinessException("A user named " + username + " already exists.");
    }
    requireWithinOwnClearance(request.clearance());
    PasswordPolicy.check(request.password(), username);
    UserAccount account =
        new UserAccount(
            username,
            request.displayName(),
            passwords.hash(request.password()),
            request.roles() == null ? Set.of() : request.roles(),
            request.clearance() == null ? Classification.UNCLASSIFIED : request.clearance(),
            clock.instant());
    account.reachAt(request.email());
    accounts.add(account);
    audit(
        SecurityEventKind.USER_CREATED,
        username,
        "roles " + names(account.roles()) + ", clearance " + account.clearance());
    return AccountView.of(account, clock.instant());
  }

  /**
   * Changes name, e-mail, roles and clearance in one step, if nobody changed them meanwhile. An
   * administrator grants no clearance above their own, changes neither their own roles nor their
   * own clearance, and gives a reason for raising anyone's clearance (it is recorded). A change of
   * roles or clearance ends the user's sessions.
   */
  public AccountView update(
      @NotNull String username,
      long expectedVersion,
      String displayName,
      String email,
      Set<Role> roles,
      @NotNull Classification clearance,
      String reason) {
    UserAccount account = existing(username);
    if (account.version() != expectedVersion) {
      throw new BusinessException(
          "Someone else changed " + username + " meanwhile. Reload to see their change.");
    }
    Set<Role> newRoles = roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    boolean rolesChange = !account.roles().equals(newRoles);
    boolean clearanceChanges = account.clearance() != clearance;
    if ((rolesChange || clearanceChanges) && caller.username().orElse("").equals(username)) {
      throw new BusinessException(
          "You cannot change your own roles or clearance. Ask another administrator.");
    }
    if (clearanceChanges) {
      requireWithinOwnClearance(clearance);
    }
    boolean raised = clearance.compareTo(account.clearance()) > 0;
    String why = reason == null ? "" : reason.strip();
    if (raised && why.isEmpty()) {
      throw new BusinessException(
          "Say why " + username + " needs " + clearance + " clearance; the reason is recorded.");
    }
    if (why.length() > REASON_MAX_LENGTH) {
      throw new BusinessException("A reason has at most " + REASON_MAX_LENGTH + " characters.");
    }
    if (account.isAdministrator() && !newRoles.contains(Role.ADMINISTRATOR)) {
      requireAnotherAdministrator(username, "remove the administrator role from");
    }
    Set<Role> oldRoles = Set.copyOf(account.roles());
    Classification oldClearance = account.clearance();
    account.rename(displayName);
    account.reachAt(email);
    account.grant(newRoles);
    account.clear(clearance);
    if (!oldRoles.equals(newRoles)) {
      audit(SecurityEventKind.ROLES_CHANGED, username, names(oldRoles) + " -> " + names(newRoles));
    }
    if (oldClearance != clearance) {
      audit(
          SecurityEventKind.CLEARANCE_CHANGED,
          username,
          oldClearance + " -> " + clearance + (why.isEmpty() ? "" : ": " + why));
    }
    if (rolesChange || clearanceChanges) {
      sessionsToEnd.fire(new SessionsToEnd(username));
    }
    return AccountView.of(account, clock.instant());
  }

  public void resetPassword(@NotNull String username, String newPassword) {
    UserAccount account = existing(username);
    PasswordPolicy.check(newPassword, username);
    account.changePassword(passwords.hash(newPassword), clock.instant());
    throttle.forget(username);
    audit(SecurityEventKind.PASSWORD_RESET, username, null);
    sessionsToEnd.fire(new SessionsToEnd(username));
  }

  public void disable(@NotNull String username) {
    UserAccount account = existing(username);
    if (!account.enabled()) {
      return;
    }
    if (account.isAdministrator()) {
      requireAnotherAdministrator(username, "disable");
    }
    account.disable();
    audit(SecurityEventKind.USER_DISABLED, username, null);
    sessionsToEnd.fire(new SessionsToEnd(username));
  }

  public void enable(@NotNull String username) {
    UserAccount account = existing(username);
    if (account.enabled()) {
      return;
    }
    account.enable();
    audit(SecurityEventKind.USER_ENABLED, username, null);
  }

  public void unlock(@NotNull String username) {
    UserAccount account = existing(username);
    account.unlock();
    throttle.forget(username);
    audit(SecurityEventKind.USER_UNLOCKED, username, null);
  }

  private void requireWithinOwnClearance(Classification clearance) {
    Classification own = caller.getClearance();
    if (clearance != null && (own == null || clearance.compareTo(own) > 0)) {
      throw new BusinessException("You cannot grant a clearance above your own (" + own + ").");
    }
  }

  private void requireAnotherAdministrator(String username, String verb) {
    if (accounts.otherEnabledAdministrators(username) == 0) {
      throw new BusinessException(
          "You cannot "
              + verb
              + " "
              + username
              + ": it is the last enabled administrator. Make someone else an administrator"
              + " first.");
    }
  }

  private UserAccount existing(String username) {
    return accounts
        .findByUsername(username)
        .orElseThrow(() -> new BusinessException("Unknown user: " + username));
  }

  private void audit(SecurityEventKind kind, String subject, String detail) {
    events.recordWithChange(
        caller.username().orElse("system"), kind, Outcome.SUCCESS, subject, detail);
  }

  private static String names(Set<Role> roles) {
    return roles.isEmpty()
        ? "(none)"
        : String.join(", ", new TreeSet<>(roles.stream().map(Enum::name).toList()));
  }
}
