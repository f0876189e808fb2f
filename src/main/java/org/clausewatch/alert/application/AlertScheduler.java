package org.clausewatch.alert.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.clausewatch.alert.domain.AlertRepository;

/**
 * One pass of the alert scheduler at a given time (R3-R6): decide fallen steps, escalate, fan out,
 * send mail, send daily digests; each phase in batches until nothing is left. Holds no state
 * between passes: all of it is in the database, so any number of servers may run passes at once
 * ({@link AlertTimer} runs one every 20 seconds on each). Tests call {@link #runAt} with the time
 * they want.
 */
@ApplicationScoped
public class AlertScheduler {

  /** Deadlines decided, events escalated or fanned out per transaction. */
  static final int BATCH = 1_000;

  /** Mails one pass sends at most (one transaction each); the next pass goes on. */
  static final int MAX_MAILS_PER_PASS = 5_000;

  /** The identity decisions are recorded under: the alert scheduler on this server. */
  public static final String SYSTEM_IDENTITY =
      "system:alert-scheduler@" + ManagementFactory.getRuntimeMXBean().getName();

  @Inject private AlertWork work;
  @Inject private MailSender mail;
  @Inject private Event<NotificationsArrived> arrived;

  /** What one pass did. */
  public record Pass(
      int deadlinesDecided,
      int obligationsPlanned,
      int escalated,
      int eventsFannedOut,
      int mailsTried,
      int digestsTried) {}

  public Pass runAt(Instant now) {
    int decided = 0;
    int claimed;
    do {
      claimed = work.decideSteps(now, BATCH, SYSTEM_IDENTITY);
      decided += claimed;
    } while (claimed == BATCH);
    int obligations = 0;
    do {
      claimed = work.decideOccurrences(now, BATCH, SYSTEM_IDENTITY);
      obligations += claimed;
    } while (claimed == BATCH);
    int escalated = 0;
    do {
      claimed = work.escalate(now, BATCH, SYSTEM_IDENTITY);
      escalated += claimed;
    } while (claimed == BATCH);
    int fannedOut = 0;
    Set<String> notified = new LinkedHashSet<>();
    AlertRepository.FanOut batch;
    do {
      batch = work.fanOut(now, BATCH);
      fannedOut += batch.claimed();
      notified.addAll(batch.notifiedUsers());
    } while (batch.claimed() == BATCH);
    if (!notified.isEmpty()) {
      arrived.fire(new NotificationsArrived(Set.copyOf(notified)));
    }
    int mails = 0;
    try (SmtpConnection smtp = new SmtpConnection(mail)) {
      while (mails < MAX_MAILS_PER_PASS) {
        AlertWork.MailOutcome outcome = work.deliverNext(now, smtp);
        if (outcome == AlertWork.MailOutcome.NONE_DUE
            || outcome == AlertWork.MailOutcome.SERVER_DOWN) {
          break;
        }
        mails++;
      }
    }
    int digests = 0;
    do {
      claimed = work.sendDigests(now, 1);
      digests += claimed;
    } while (claimed == 1);
    return new Pass(decided, obligations, escalated, fannedOut, mails, digests);
  }
}
