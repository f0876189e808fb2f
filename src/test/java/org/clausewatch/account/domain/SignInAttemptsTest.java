package org.clausewatch.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

  private static final Instant T0 = Instant.parse("2026-12-04T17:00:00Z");
  private static final SignInPolicy POLICY =
      new SignInPolicy(3, Duration.ofSeconds(5), 5, Duration.ofMinutes(15));

  private final SignInAttempts attempts = new SignInAttempts(POLICY, 50, 30, 1_000);

  @Test
  void aFloodFromOneAddressIsRefusedForTheRestOfItsMinuteAndReportedOnce() {
    for (int i = 0; i < 30; i++) {
      assertThat(attempts.admit("203.0.113.9", T0.plusSeconds(i))).isEmpty();
    }
    var first = attempts.admit("203.0.113.9", T0.plusSeconds(31));
    var second = attempts.admit("203.0.113.9", T0.plusSeconds(32));

    assertThat(first).hasValueSatisfying(r -> assertThat(r.firstInWindow()).isTrue());
    assertThat(second).hasValueSatisfying(r -> assertThat(r.firstInWindow()).isFalse());
    assertThat(second.get().retryAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(attempts.admit("198.51.100.7", T0.plusSeconds(33))).as("another address").isEmpty();
    assertThat(attempts.admit("203.0.113.9", T0.plusSeconds(61))).as("next minute").isEmpty();
  }

  @Test
  void failuresFromOneAddressThrottleThenLockTheNameOnlyFromThatAddress() {
    for (int i = 0; i < 3; i++) {
      attempts.failed("counsel", "203.0.113.9", T0);
    }
    assertThat(attempts.refusal("counsel", "203.0.113.9", T0.plusSeconds(1)))
        .contains(T0.plusSeconds(5));
    assertThat(attempts.refusal("counsel", "203.0.113.9", T0.plusSeconds(5))).isEmpty();
    attempts.failed("counsel", "203.0.113.9", T0.plusSeconds(6));
    attempts.failed("counsel", "203.0.113.9", T0.plusSeconds(12));

    assertThat(attempts.refusal("counsel", "203.0.113.9", T0.plusSeconds(60)))
        .as("locked from the attacker's address")
        .contains(T0.plusSeconds(12).plus(Duration.ofMinutes(15)));
    assertThat(attempts.refusal("counsel", "192.0.2.10", T0.plusSeconds(60)))
        .as("the user's own address is not affected")
        .isEmpty();
  }

  @Test
  void manyFailuresFromEverywhereLockTheNameEverywhereOnceAndUnknownNamesAlike() {
    boolean locked = false;
    for (int i = 0; i < 50; i++) {
      locked = attempts.failed("no-such-user", "10.0.0." + i, T0.plusSeconds(i));
      assertThat(locked).isEqualTo(i == 49);
    }
    assertThat(attempts.refusal("no-such-user", "192.0.2.10", T0.plusSeconds(60))).isPresent();
    assertThat(attempts.failed("no-such-user", "192.0.2.11", T0.plusSeconds(61)))
        .as("reported once")
        .isFalse();

    attempts.forget("no-such-user");
    assertThat(attempts.refusal("no-such-user", "192.0.2.10", T0.plusSeconds(62))).isEmpty();
  }

  @Test
  void theUserSigningInMeanwhileDoesNotResetTheCountOfAnAttackFromElsewhere() {
    for (int i = 0; i < 45; i++) {
      attempts.failed("officer", "10.0.0." + i, T0.plusSeconds(i));
    }
    attempts.succeeded("officer", "192.0.2.10");
    for (int i = 45; i < 49; i++) {
      attempts.failed("officer", "10.0.0." + i, T0.plusSeconds(i));
    }
    assertThat(attempts.failed("officer", "10.0.1.1", T0.plusSeconds(50))).isTrue();
  }

  @Test
  void theCountOfANameLapsesAfterALockDurationWithoutFailures() {
    for (int i = 0; i < 49; i++) {
      attempts.failed("officer", "10.0.0." + i, T0);
    }
    assertThat(attempts.failed("officer", "10.0.1.1", T0.plus(Duration.ofMinutes(16)))).isFalse();
  }

  @Test
  void aCorrectPasswordForgetsTheFailuresOfThatAddress() {
    attempts.failed("officer", "192.0.2.10", T0);
    attempts.failed("officer", "192.0.2.10", T0);
    attempts.failed("officer", "192.0.2.10", T0);
    attempts.succeeded("officer", "192.0.2.10");

    assertThat(attempts.refusal("officer", "192.0.2.10", T0.plusSeconds(1))).isEmpty();
  }

  @Test
  void memoryIsBoundedByForgettingTheLeastRecentlyUsed() {
    SignInAttempts small = new SignInAttempts(POLICY, 50, 1, 2);
    small.admit("a", T0);
    small.admit("b", T0);
    small.admit("c", T0);

    assertThat(small.admit("a", T0)).as("a was forgotten, so it starts afresh").isEmpty();
    assertThat(small.admit("c", T0)).as("c is still counted").isPresent();
  }
}
