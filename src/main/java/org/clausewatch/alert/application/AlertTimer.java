package org.clausewatch.alert.application;

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
 * Runs an alert pass every 20 seconds on this server. Non-persistent timers: every server runs its
 * own, and the passes share the work through row locks (R4); after downtime the first pass decides
 * what fell meanwhile (R3). A pass that fails is logged and the next one starts afresh. Runs as the
 * system for no caller, so it declares no {@code @Allowed} roles.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class AlertTimer {

  /** A pass still running when the next tick comes lets that tick go (no queue of ticks). */
  private final AtomicBoolean running = new AtomicBoolean();

  private static final Logger LOG = Logger.getLogger(AlertTimer.class);

  @Inject private AlertScheduler scheduler;
  @Inject private AlertSettings settings;
  @Inject private Clock clock;

  @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
  void tick() {
    if (!settings.schedulerEnabled() || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      AlertScheduler.Pass pass = scheduler.runAt(clock.instant());
      if (pass.deadlinesDecided()
              + pass.obligationsPlanned()
              + pass.escalated()
              + pass.eventsFannedOut()
              + pass.mailsTried()
              + pass.digestsTried()
          > 0) {
        LOG.debugf("Alert pass: %s", pass);
      }
    } catch (RuntimeException e) {
      LOG.errorf(e, "Alert pass failed; the next one retries");
    } finally {
      running.set(false);
    }
  }
}
