package org.clausewatch.alert.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.clausewatch.alert.domain.AlertKind;
import org.clausewatch.alert.domain.AlertLadder;
import org.clausewatch.alert.domain.AlertMessage;
import org.clausewatch.alert.domain.AlertPreferences;
import org.clausewatch.alert.domain.AlertRepository;
import org.clausewatch.alert.domain.Backoff;
import org.clausewatch.alert.domain.DigestRecipient;
import org.clausewatch.alert.domain.DueDeadline;
import org.clausewatch.alert.domain.DueObligation;
import org.clausewatch.alert.domain.OccurrenceAlerts;
import org.clausewatch.alert.domain.OutgoingMail;
import org.clausewatch.deadline.domain.Recurrence;
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
    java.util.Map<Long, AlertLadder.Decision> decisions = new java.util.HashMap<>();
    for (DueDeadline d : due) {
      d.ladder()
          .decide(d.dueAt(), d.dueZone(), d.decidedUntil(), now)
          .ifPresent(x -> decisions.put(d.deadlineId(), x));
    }
    if (!decisions.isEmpty()) {
      alerts.decideSteps(decisions, now, now.plus(settings.escalateAfter()), by);
    }
    return due.size();
  }

  /**
   * Decides the occurrence alerts of up to {@code max} obligations whose next alert time has come
   * and plans their next one (R2).
   *
   * @return how many obligations were claimed
   */
  public int decideOccurrences(Instant now, int max, String by) {
    List<DueObligation> due = alerts.claimObligations(now, max);
    List<Long> claimed = new java.util.ArrayList<>();
    List<Instant> next = new java.util.ArrayList<>();
    List<Long> ids = new java.util.ArrayList<>();
    List<java.time.LocalDate> dates = new java.util.ArrayList<>();
    List<AlertKind> kinds = new java.util.ArrayList<>();
    List<String> details = new java.util.ArrayList<>();
    for (DueObligation o : due) {
      claimed.add(o.obligationId());
      if (!o.open() || o.start() == null) {
        next.add(null);
        continue;
      }
      OccurrenceAlerts.Plan plan;
      try {
        plan =
            OccurrenceAlerts.plan(
                o.start(),
                o.recurrence() == null ? null : Recurrence.parse(o.recurrence()),
                o.settled(),
                o.decidedUntil(),
                now);
      } catch (org.clausewatch.shared.BusinessException e) {
        LOG.warnf(
            "Obligation %d has a rule that no longer reads; no alerts: %s",
            o.obligationId(), e.getMessage());
        next.add(null);
        continue;
      }
      next.add(plan.next().orElse(null));
      for (OccurrenceAlerts.Decision d : plan.decisions()) {
        ids.add(o.obligationId());
        dates.add(d.occurrence());
        kinds.add(d.kind());
        details.add(
            d.alsoMissed() == 0
                ? ""
                : "Also " + d.alsoMissed() + " earlier unsettled occurrence(s)");
      }
    }
    if (!claimed.isEmpty()) {
      alerts.decideOccurrences(claimed, next, ids, dates, kinds, details, now, by);
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
  public AlertRepository.FanOut fanOut(Instant now, int max) {
    return alerts.fanOut(now, max);
  }

  /**
   * Sends the next due e-mail (R6), if any: claims one delivery, sends it and records the outcome
   * in one transaction, so a crash can repeat at most the one mail in flight (docs/reliability.md).
   * A recipient no longer enabled or cleared is withheld; a failure is retried with backoff, then
   * marked failed.
   *
   * @param smtp the pass's SMTP connection, opened on first use
   * @return what happened
   */
  public MailOutcome deliverNext(Instant now, SmtpConnection smtp) {
    List<OutgoingMail> claimed = alerts.claimMail(now, 1);
    if (claimed.isEmpty()) {
      return MailOutcome.NONE_DUE;
    }
    OutgoingMail m = claimed.get(0);
    if (!m.cleared() || m.recipientEmail() == null) {
      alerts.markWithheld(m.deliveryId());
      return MailOutcome.WITHHELD;
    }
    MailSender.Connection connection;
    try {
      connection = smtp.get();
    } catch (MessagingException e) {
      LOG.warnf(
          "SMTP server not reachable; alert mail waits for a later attempt: %s", e.getMessage());
      failed(m, now, e, false);
      return MailOutcome.SERVER_DOWN;
    }
    try {
      connection.send(
          m.deliveryId(),
          m.recipientEmail(),
          settings.from(),
          AlertMessage.of(m, settings.mailDetailUpTo(), settings.baseUrl()));
      alerts.markSent(m.deliveryId(), now);
      return MailOutcome.SENT;
    } catch (MessagingException | RuntimeException e) {
      failed(m, now, e, true);
      smtp.reset();
      return MailOutcome.FAILED;
    }
  }

  /** What {@link #deliverNext} did. */
  public enum MailOutcome {
    NONE_DUE,
    SENT,
    WITHHELD,
    FAILED,
    SERVER_DOWN
  }

  private void failed(OutgoingMail m, Instant now, Exception e, boolean log) {
    int attempts = m.attempts() + 1;
    Instant next = attempts >= Backoff.MAX_ATTEMPTS ? null : now.plus(Backoff.after(attempts));
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    alerts.markAttemptFailed(m.deliveryId(), next, error);
    if (!log) {
      return;
    }
    LOG.warnf(
        "Alert mail %d not sent (attempt %d%s): %s",
        m.deliveryId(), attempts, next == null ? ", given up" : ", will retry", error);
  }

  /**
   * Sends the daily digests that are due (R10): one mail per user with the alert mail held for it;
   * held mail the user may no longer see is withheld. A failure keeps the mail held and tries the
   * digest again after a backoff.
   *
   * @return how many users were claimed
   */
  public int sendDigests(Instant now, int max) {
    List<DigestRecipient> due = alerts.claimDigests(now, max);
    for (DigestRecipient r : due) {
      List<OutgoingMail> held = alerts.heldFor(r.userId(), 500);
      held.stream().filter(m -> !m.cleared()).forEach(m -> alerts.markWithheld(m.deliveryId()));
      List<OutgoingMail> items = held.stream().filter(OutgoingMail::cleared).toList();
      Instant next = AlertPreferences.nextDigest(r.digestAt(), r.zone(), now);
      if (items.isEmpty() || r.email() == null) {
        items.forEach(m -> alerts.markWithheld(m.deliveryId()));
        alerts.planDigest(r.userId(), next);
        continue;
      }
      try (SmtpConnection smtp = new SmtpConnection(mail)) {
        smtp.get()
            .send(
                items.get(0).deliveryId(),
                r.email(),
                settings.from(),
                AlertMessage.digest(
                    items, r.zone(), settings.mailDetailUpTo(), settings.baseUrl()));
        items.forEach(m -> alerts.markSent(m.deliveryId(), now));
        alerts.planDigest(r.userId(), next);
      } catch (MessagingException | RuntimeException e) {
        alerts.planDigest(r.userId(), now.plus(Backoff.after(1)));
        LOG.warnf(
            "Digest for user %d not sent (%d alerts kept for the next attempt): %s",
            r.userId(), items.size(), e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    return due.size();
  }
}
