package org.clausewatch.alert.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.clausewatch.alert.domain.AlertMessage;
import org.clausewatch.alert.domain.AlertRepository;
import org.clausewatch.alert.domain.Backoff;
import org.clausewatch.alert.domain.DueDeadline;
import org.clausewatch.alert.domain.OutgoingMail;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.jboss.logging.Logger;

/**
 * One batch of the scheduler's work per call, each in its own transaction, so a batch commits or
 * rolls back whole and never holds locks for long. Runs as the system, for no caller: nothing here
 * is reachable from a page.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class AlertWork {

  private static final Logger LOG = Logger.getLogger(AlertWork.class);

  @Inject private AlertRepository alerts;
  @Inject private AlertSettings settings;
  @Inject private MailSender mail;

  /**
   * Decides the fallen steps of up to {@code max} deadlines (R3, R4).
   *
   * @return how many deadlines were claimed; fewer than {@code max} means none is left
   */
  public int decideSteps(Instant now, int max, String by) {
    List<DueDeadline> due = alerts.claimDue(now, max);
    for (DueDeadline d : due) {
      var decision = d.ladder().decide(d.dueAt(), d.decidedUntil(), now);
      if (decision.isPresent()) {
        Instant escalateAt =
            d.kind() == DeadlineKind.ULTIMATUM ? now.plus(settings.escalateAfter()) : null;
        alerts.decideStep(d, decision.get(), now, escalateAt, by);
      } else {
        alerts.passStepsUntil(d.deadlineId(), now);
      }
    }
    return due.size();
  }

  /** Escalates unacknowledged ultimatum alerts whose time has come. */
  public int escalate(Instant now, int max, String by) {
    return alerts.escalate(now, max, by);
  }

  /**
   * Fans decided events out to recipients (R5).
   *
   * @return users with new in-app notifications; an empty batch leaves {@code claimed} at 0
   */
  public FanOut fanOut(Instant now, int max) {
    List<Long> ids = alerts.claimToFanOut(max);
    return new FanOut(ids.size(), alerts.fanOut(ids, now));
  }

  /**
   * Sends due e-mails (R6): each sent is marked sent; a recipient no longer enabled or cleared is
   * withheld; a failure is retried with backoff, then marked failed.
   *
   * @return how many deliveries were claimed
   */
  public int deliverMail(Instant now, int max) {
    List<OutgoingMail> claimed = alerts.claimMail(now, max);
    for (OutgoingMail m : claimed) {
      if (!m.cleared() || m.recipientEmail() == null) {
        alerts.markWithheld(m.deliveryId());
        continue;
      }
      try {
        mail.send(
            m.deliveryId(),
            m.recipientEmail(),
            settings.from(),
            AlertMessage.of(m, settings.mailDetailUpTo(), settings.baseUrl()));
        alerts.markSent(m.deliveryId(), now);
      } catch (MessagingException | RuntimeException e) {
        int attempts = m.attempts() + 1;
        Instant next = attempts >= Backoff.MAX_ATTEMPTS ? null : now.plus(Backoff.after(attempts));
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        alerts.markAttemptFailed(m.deliveryId(), next, error);
        LOG.warnf(
            "Alert mail %d not sent (attempt %d%s): %s",
            m.deliveryId(), attempts, next == null ? ", given up" : ", will retry", error);
      }
    }
    return claimed.size();
  }

  /** What a fan-out batch did. */
  public record FanOut(int claimed, List<String> notifiedUsers) {}
}
