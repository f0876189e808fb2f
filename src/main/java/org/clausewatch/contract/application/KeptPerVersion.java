package org.clausewatch.contract.application;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Values worked out from the contract list and kept while the list's change sequence (V24) has not
 * moved, for at most a lifetime: the list's counts and its page anchors.
 *
 * <p>A value is worked out once however many requests ask for it at the same moment: the first
 * computes it on its own thread (in its own transaction, under its own clearance filter, which the
 * caller's key must therefore name), the others wait for that result. A failed computation is
 * forgotten, so the next request tries again. The map is bounded: when full it is emptied.
 */
final class KeptPerVersion<K, V> {

  private record Kept<V>(FutureTask<V> value, long version, long at) {}

  private final ConcurrentHashMap<K, Kept<V>> kept = new ConcurrentHashMap<>();
  private final long lifetimeNanos;
  private final int maxEntries;

  KeptPerVersion(long lifetimeNanos, int maxEntries) {
    this.lifetimeNanos = lifetimeNanos;
    this.maxEntries = maxEntries;
  }

  /** The kept value for this key if still valid at {@code version}, else a new one. */
  V get(K key, long version, Supplier<V> compute) {
    long now = System.nanoTime();
    Kept<V> mine = new Kept<>(new FutureTask<>(compute::get), version, now);
    if (kept.size() >= maxEntries) {
      kept.clear();
    }
    Kept<V> chosen =
        kept.compute(key, (k, old) -> old != null && valid(old, version, now) ? old : mine);
    if (chosen == mine) {
      mine.value().run();
    }
    try {
      return chosen.value().get();
    } catch (ExecutionException e) {
      kept.remove(key, chosen);
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a list value", e);
    }
  }

  private boolean valid(Kept<V> old, long version, long now) {
    return old.version() == version && now - old.at() < lifetimeNanos;
  }
}
