package org.clausewatch.account.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in attempts counted in memory, before any password is looked at (OWASP ASVS 2.2.1):
 *
 * <ul>
 *   <li><b>By client address</b>: at most {@code addressLimit} attempts a minute, whatever the
 *       names; a flood from one address is refused before a hash is computed.
 *   <li><b>By user name and address</b>: the {@link SignInPolicy} (throttle, then lock) applies to
 *       the failures of one name from one address. Someone who knows a user's name can therefore
 *       lock that name out from their own address only, not from the user's.
 *   <li><b>By user name</b>, from every address together: after {@code nameLockAfter} failures,
 *       none more than a lock duration after the previous one, the name is locked for the lock
 *       duration (a distributed attack); the caller records that for administrators.
 * </ul>
 *
 * Names are counted whether or not an account has them, so the answers never tell an attacker which
 * names exist. Memory is bounded: each table keeps its {@code maxEntries} most recently used
 * entries. One instance serves one server; a cluster counts per node.
 */
public final class SignInAttempts {

  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final SignInPolicy policy;
  private final int nameLockAfter;
  private final int addressLimit;
  private final Map<String, Window> addresses;
  private final Map<String, Failures> pairs;
  private final Map<String, Failures> names;

  public SignInAttempts(SignInPolicy policy, int nameLockAfter, int addressLimit, int maxEntries) {
    if (nameLockAfter <= policy.lockAfter() || addressLimit < 1 || maxEntries < 1) {
      throw new IllegalArgumentException(
          "Need nameLockAfter > lockAfter, addressLimit >= 1, maxEntries >= 1");
    }
    this.policy = policy;
    this.nameLockAfter = nameLockAfter;
    this.addressLimit = addressLimit;
    this.addresses = bounded(maxEntries);
    this.pairs = bounded(maxEntries);
    this.names = bounded(maxEntries);
  }

  private static <V> Map<String, V> bounded(int max) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > max;
      }
    };
  }

  /** The answer to an attempt that may not go ahead: until when, and whether it is new. */
  public record Refusal(Instant retryAt, boolean firstInWindow) {}

  /**
   * Counts an attempt from {@code address}.
   *
   * @return a refusal if the address used up its attempts for this minute
   */
  public synchronized Optional<Refusal> admit(String address, Instant now) {
    Window window = addresses.get(address);
    if (window == null || !now.isBefore(window.start.plus(WINDOW))) {
      window = new Window(now);
      addresses.put(address, window);
    }
    window.count++;
    if (window.count > addressLimit) {
      return Optional.of(new Refusal(window.start.plus(WINDOW), window.count == addressLimit + 1));
    }
    return Optional.empty();
  }

  /**
   * @return until when {@code name} may not be tried from {@code address} (throttled or locked, one
   *     answer for both), or empty if it may
   */
  public synchronized Optional<Instant> refusal(String name, String address, Instant now) {
    Failures byName = names.get(name);
    if (byName != null && byName.lockedUntil != null && now.isBefore(byName.lockedUntil)) {
      return Optional.of(byName.lockedUntil);
    }
    Failures pair = pairs.get(key(name, address));
    if (pair == null) {
      return Optional.empty();
    }
    if (pair.lockedUntil != null) {
      if (now.isBefore(pair.lockedUntil)) {
        return Optional.of(pair.lockedUntil);
      }
      pairs.remove(key(name, address));
      return Optional.empty();
    }
    if (pair.count >= policy.throttleAfter()) {
      Instant retryAt = pair.last.plus(policy.throttleDelay());
      if (now.isBefore(retryAt)) {
        return Optional.of(retryAt);
      }
    }
    return Optional.empty();
  }

  /**
   * Counts a wrong password (or an unknown name) for {@code name} from {@code address}.
   *
   * @return true if this failure locked the name from every address
   */
  public synchronized boolean failed(String name, String address, Instant now) {
    Failures pair = pairs.computeIfAbsent(key(name, address), k -> new Failures());
    pair.count++;
    pair.last = now;
    if (pair.count >= policy.lockAfter()) {
      pair.lockedUntil = now.plus(policy.lockDuration());
    }
    Failures byName = names.computeIfAbsent(name, k -> new Failures());
    boolean lockOver = byName.lockedUntil != null && !now.isBefore(byName.lockedUntil);
    boolean quietSince =
        byName.last != null && now.isAfter(byName.last.plus(policy.lockDuration()));
    if (lockOver || quietSince) {
      byName.count = 0;
      byName.lockedUntil = null;
    }
    byName.count++;
    byName.last = now;
    if (byName.count >= nameLockAfter && byName.lockedUntil == null) {
      byName.lockedUntil = now.plus(policy.lockDuration());
      return true;
    }
    return false;
  }

  /**
   * A correct password from {@code address}: its failures for the name are forgotten. The name's
   * failures from everywhere are not: the user signing in meanwhile must not reset the count of an
   * attack from elsewhere (it lapses after a lock duration without failures).
   */
  public synchronized void succeeded(String name, String address) {
    pairs.remove(key(name, address));
  }

  /** An administrator unlocked the name: every count for it is forgotten. */
  public synchronized void forget(String name) {
    names.remove(name);
    pairs.keySet().removeIf(k -> k.startsWith(name + "\n"));
  }

  private static String key(String name, String address) {
    return name + "\n" + address;
  }

  private static final class Window {
    final Instant start;
    int count;

    Window(Instant start) {
      this.start = start;
    }
  }

  private static final class Failures {
    int count;
    Instant last;
    Instant lockedUntil;
  }
}
