package org.clausewatch.account.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.clausewatch.account.domain.SignInCheck.Verdict;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.Names;
import org.clausewatch.shared.Text;
import org.clausewatch.shared.security.Role;

/**
 * Someone who signs in to Clausewatch: roles, clearance, and the sign-in state that slows down and
 * locks out password guessing. The password itself is never stored, only its PBKDF2 hash.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

  public static final int USERNAME_MAX_LENGTH = 64;
  public static final int DISPLAY_NAME_MAX_LENGTH = 200;
  public static final int EMAIL_MAX_LENGTH = 254;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "username", nullable = false, unique = true, length = USERNAME_MAX_LENGTH)
  private String username;

  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
  private String displayName;

  @Column(name = "email", length = EMAIL_MAX_LENGTH)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 500)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "clearance", nullable = false)
  private Classification clearance;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "last_failure_at")
  private Instant lastFailureAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected UserAccount() {}

  public UserAccount(
      String username,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      Classification clearance,
      Instant now) {
    this.username = normalizeUsername(username);
    rename(displayName);
    this.passwordHash = requireHash(passwordHash);
    grant(roles);
    clear(clearance);
    this.createdAt = Objects.requireNonNull(now, "now");
    this.passwordChangedAt = now;
  }

  /** Lower case, trimmed, 3 to 64 of a-z, 0-9, dot, dash and underscore. */
  public static String normalizeUsername(String username) {
    String normalized =
        Text.required(
                username, USERNAME_MAX_LENGTH, "A user name is required (at most 64 characters).")
            .toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(normalized).matches()) {
      throw new BusinessException(
          "A user name has 3 to 64 letters, digits, dots, dashes or underscores and starts with"
              + " a letter or digit.");
    }
    return normalized;
  }

  public void rename(String displayName) {
    this.displayName =
        Names.checked(
            displayName,
            DISPLAY_NAME_MAX_LENGTH,
            "A display name is required (at most 200 characters).",
            "A display name");
  }

  public void reachAt(String email) {
    String value =
        Text.optional(email, EMAIL_MAX_LENGTH, "An e-mail address has at most 254 characters.");
    if (value != null && !EMAIL.matcher(value).matches()) {
      throw new BusinessException("\"" + value + "\" is not an e-mail address.");
    }
    this.email = value;
  }

  public void grant(Set<Role> newRoles) {
    Objects.requireNonNull(newRoles, "roles");
    this.roles.clear();
    this.roles.addAll(newRoles);
  }

  public void clear(Classification newClearance) {
    this.clearance = Objects.requireNonNull(newClearance, "Clearance is required.");
  }

  /** A new password (already checked against {@link PasswordPolicy} and hashed); unlocks. */
  public void changePassword(String newHash, Instant now) {
    this.passwordHash = requireHash(newHash);
    this.passwordChangedAt = now;
    unlock();
  }

  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
  }

  public void unlock() {
    this.failedAttempts = 0;
    this.lockedUntil = null;
    this.lastFailureAt = null;
  }

  /** Whether the account may try a password now; checked before the password is verified. */
  public SignInCheck mayAttempt(Instant now, SignInPolicy policy) {
    if (!enabled) {
      return new SignInCheck(Verdict.DISABLED, null);
    }
    if (isLocked(now)) {
      return new SignInCheck(Verdict.LOCKED, lockedUntil);
    }
    if (failedAttempts >= policy.throttleAfter() && lastFailureAt != null) {
      Instant retryAt = lastFailureAt.plus(policy.throttleDelay());
      if (now.isBefore(retryAt)) {
        return new SignInCheck(Verdict.THROTTLED, retryAt);
      }
    }
    return SignInCheck.allowed();
  }

  /**
   * Counts a wrong password.
   *
   * @return true if this failure locked the account
   */
  public boolean recordFailure(Instant now, SignInPolicy policy) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      failedAttempts = 0;
      lockedUntil = null;
    }
    failedAttempts++;
    lastFailureAt = now;
    if (failedAttempts >= policy.lockAfter()) {
      lockedUntil = now.plus(policy.lockDuration());
      return true;
    }
    return false;
  }

  /** Locks the account until {@code until} (failures from every address; see SignInAttempts). */
  public void lockUntil(Instant until) {
    if (lockedUntil == null || lockedUntil.isBefore(until)) {
      this.lockedUntil = until;
    }
  }

  public void recordSuccess(Instant now) {
    unlock();
    this.lastSignInAt = now;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public boolean isAdministrator() {
    return enabled && roles.contains(Role.ADMINISTRATOR);
  }

  private static String requireHash(String hash) {
    if (hash == null || hash.length() < 20) {
      throw new IllegalArgumentException("A password hash is required.");
    }
    return hash;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Classification clearance() {
    return clearance;
  }

  public Set<Role> roles() {
    return Collections.unmodifiableSet(roles);
  }

  public boolean enabled() {
    return enabled;
  }

  public int failedAttempts() {
    return failedAttempts;
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }

  public Instant lastSignInAt() {
    return lastSignInAt;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
