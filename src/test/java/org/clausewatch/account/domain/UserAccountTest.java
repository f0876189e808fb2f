package org.clausewatch.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.clausewatch.account.domain.SignInCheck.Verdict;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.security.Role;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private static final Instant T0 = Instant.parse("2026-11-27T12:00:00Z");
  private static final SignInPolicy POLICY =
      new SignInPolicy(3, Duration.ofSeconds(5), 5, Duration.ofMinutes(15));

  private static UserAccount account() {
    return new UserAccount(
        "Casey.Chen",
        "Casey Chen",
        "PBKDF2WithHmacSHA512:210000:salt:hash-hash-hash",
        Set.of(Role.LEGAL),
        Classification.SECRET,
        T0);
  }

  @Test
  void userNamesAreStoredInLowerCaseAndMustBeSimple() {
    assertThat(account().username()).isEqualTo("casey.chen");
    assertThatThrownBy(() -> UserAccount.normalizeUsername("ab")).hasMessageContaining("3 to 64");
    assertThatThrownBy(() -> UserAccount.normalizeUsername("casey chen"))
        .isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> UserAccount.normalizeUsername(" ")).hasMessageContaining("required");
  }

  @Test
  void failuresFirstSlowDownThenLockTheAccount() {
    UserAccount account = account();
    for (int i = 1; i <= 3; i++) {
      assertThat(account.mayAttempt(T0, POLICY).verdict()).isEqualTo(Verdict.ALLOWED);
      assertThat(account.recordFailure(T0, POLICY)).isFalse();
    }
    SignInCheck throttled = account.mayAttempt(T0.plusSeconds(2), POLICY);
    assertThat(throttled.verdict()).isEqualTo(Verdict.THROTTLED);
    assertThat(throttled.retryAt()).isEqualTo(T0.plusSeconds(5));

    Instant t4 = T0.plusSeconds(5);
    assertThat(account.mayAttempt(t4, POLICY).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(account.recordFailure(t4, POLICY)).isFalse();
    Instant t5 = t4.plusSeconds(5);
    assertThat(account.recordFailure(t5, POLICY)).as("fifth failure locks").isTrue();

    SignInCheck locked = account.mayAttempt(t5.plusSeconds(60), POLICY);
    assertThat(locked.verdict()).isEqualTo(Verdict.LOCKED);
    assertThat(locked.retryAt()).isEqualTo(t5.plus(Duration.ofMinutes(15)));
    assertThat(account.isLocked(t5.plusSeconds(60))).isTrue();
    assertThat(account.mayAttempt(t5.plus(Duration.ofMinutes(15)), POLICY).verdict())
        .as("the lock expires")
        .isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void aSuccessOrAnUnlockClearsTheFailures() {
    UserAccount account = account();
    account.recordFailure(T0, POLICY);
    account.recordFailure(T0, POLICY);
    account.recordSuccess(T0.plusSeconds(1));
    assertThat(account.failedAttempts()).isZero();
    assertThat(account.lastSignInAt()).isEqualTo(T0.plusSeconds(1));

    for (int i = 0; i < 5; i++) {
      account.recordFailure(T0.plusSeconds(10L * i), POLICY);
    }
    assertThat(account.isLocked(T0.plusSeconds(60))).isTrue();
    account.unlock();
    assertThat(account.isLocked(T0.plusSeconds(60))).isFalse();
    assertThat(account.mayAttempt(T0.plusSeconds(60), POLICY).isAllowed()).isTrue();
  }

  @Test
  void aDisabledAccountMayNotTryAtAll() {
    UserAccount account = account();
    account.disable();
    assertThat(account.mayAttempt(T0, POLICY).verdict()).isEqualTo(Verdict.DISABLED);
    assertThat(account.isAdministrator()).isFalse();
  }

  @Test
  void anAdministratorIsAnEnabledAccountWithTheRole() {
    UserAccount account = account();
    account.grant(Set.of(Role.ADMINISTRATOR));
    assertThat(account.isAdministrator()).isTrue();
    account.disable();
    assertThat(account.isAdministrator()).isFalse();
  }

  @Test
  void anEmailAddressMustLookLikeOne() {
    UserAccount account = account();
    account.reachAt("casey@example.gov");
    assertThat(account.email()).isEqualTo("casey@example.gov");
    assertThatThrownBy(() -> account.reachAt("casey-at-example"))
        .hasMessageContaining("not an e-mail address");
    account.reachAt(" ");
    assertThat(account.email()).isNull();
  }

  @Test
  void aPolicyMustLockAfterItThrottles() {
    assertThatThrownBy(() -> new SignInPolicy(5, Duration.ZERO, 5, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
