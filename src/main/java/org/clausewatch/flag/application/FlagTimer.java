package org.clausewatch.flag.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Keeps flags current on this server: every three seconds, the contracts the database queued (their
 * facts changed) and those whose deadlines crossed a lead or due time are recomputed, for at most
 * two seconds per tick. At deployment it queues every contract if the stored flags come from other
 * clause-category detectors (a release with new models or patterns). Non-persistent timers: every
 * server runs its own and they share the queue through row locks. Runs for no caller, so it
 * declares no roles.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class FlagTimer {

  private static final Logger LOG = Logger.getLogger(FlagTimer.class);
  private static final long BUDGET_NANOS = 2_000_000_000L;

  private final AtomicBoolean running = new AtomicBoolean();

  /** Whether this server compared its detectors with the stored flags'. */
  private volatile boolean detectorsChecked;

  @Inject private FlagWork work;
  @Inject private Clock clock;

  /**
   * At deployment (before any request or test): queues every contract if the stored flags come from
   * other detectors. If that fails, the next tick tries again.
   */
  @PostConstruct
  void atStartup() {
    try {
      checkDetectors();
    } catch (RuntimeException e) {
      LOG.errorf(e, "Comparing the clause-category detectors failed; the flag job retries");
    }
  }

  private void checkDetectors() {
    int queued = work.queueAllIfDetectorsChanged();
    if (queued > 0) {
      LOG.infof("Clause-category detectors changed: %d contracts queued for new flags", queued);
    }
    detectorsChecked = true;
  }

  @Schedule(hour = "*", minute = "*", second = "*/3", persistent = false)
  void tick() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    long start = System.nanoTime();
    try {
      if (!detectorsChecked) {
        checkDetectors();
      }
      int n;
      do {
        n = work.step(clock.instant());
      } while (n == FlagWork.BATCH && System.nanoTime() - start < BUDGET_NANOS);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Flag pass failed; the next one retries");
    } finally {
      running.set(false);
    }
  }
}
