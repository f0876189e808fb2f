package org.clausewatch.tools;

/**
 * When each simulated user sends its next request at a fixed total rate (open loop): user {@code u}
 * of {@code n} is due at {@code started + (k * n + u) / rate} seconds, k = 0, 1, ..., and a request
 * is timed from when it was due, so a slow answer that delays the next request counts against the
 * server. Rate 0: closed loop (each request as soon as the previous answer came).
 */
final class OpenLoop {

  private final long started;
  private final long interval;
  private final double rate;

  OpenLoop(long started, int users, double rate) {
    this.started = started;
    this.rate = rate;
    this.interval = rate > 0 ? Math.round(users * 1e9 / rate) : 0;
  }

  boolean open() {
    return interval > 0;
  }

  /** When the user's first request is due (nanoTime). */
  long firstDue(int user) {
    return started + (rate > 0 ? Math.round(user * 1e9 / rate) : 0);
  }

  /** When the user's request after one due at {@code due} is due. */
  long next(long due) {
    return due + interval;
  }

  /**
   * Waits until {@code due} (open loop) and returns the time the request counts from: when it was
   * due, or now in a closed loop.
   */
  long await(long due) throws InterruptedException {
    long now = System.nanoTime();
    if (!open()) {
      return now;
    }
    long wait = due - now;
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
    return due;
  }
}
