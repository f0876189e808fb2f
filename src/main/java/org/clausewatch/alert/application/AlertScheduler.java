package org.clausewatch.alert.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One pass of the alert scheduler at a given time (R3-R6): decide fallen steps, escalate, fan out,
 * send mail; each phase in batches until nothing is left. Holds no state between passes: all of it
 * is in the database, so any number of servers may run passes at once ({@link AlertTimer} runs one
 * every 20 seconds on each). Tests call {@link #runAt} with the time they want.
 */
@ApplicationScoped
public class AlertScheduler {

  static final int BATCH = 200;

  /** The identity decisions are recorded under: the alert scheduler on this server. */
  public static final String SYSTEM_IDENTITY =
      "system:alert-scheduler@" + ManagementFactory.getRuntimeMXBean().getName();

  @Inject private AlertWork work;
  @Inject private Event<NotificationsArrived> arrived;

  /** What one pass did. */
  public record Pass(int deadlinesDecided, int escalated, int eventsFannedOut, int mailsTried) {}

  public Pass runAt(Instant now) {
    int decided = 0;
    int claimed;
    do {
      claimed = work.decideSteps(now, BATCH, SYSTEM_IDENTITY);
      decided += claimed;
    } while (claimed == BATCH);
    int escalated = 0;
    do {
      claimed = work.escalate(now, BATCH, SYSTEM_IDENTITY);
      escalated += claimed;
    } while (claimed == BATCH);
    int fannedOut = 0;
    Set<String> notified = new LinkedHashSet<>();
    AlertWork.FanOut batch;
    do {
      batch = work.fanOut(now, BATCH);
      fannedOut += batch.claimed();
      notified.addAll(batch.notifiedUsers());
    } while (batch.claimed() == BATCH);
    if (!notified.isEmpty()) {
      arrived.fire(new NotificationsArrived(Set.copyOf(notified)));
    }
    int mails = 0;
    do {
      claimed = work.deliverMail(now, BATCH / 4);
      mails += claimed;
    } while (claimed == BATCH / 4);
    return new Pass(decided, escalated, fannedOut, mails);
  }
}
