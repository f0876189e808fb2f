package org.clausewatch.alert.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.clausewatch.alert.domain.AlertKind;
import org.clausewatch.alert.domain.AlertLadder;
import org.clausewatch.alert.domain.AlertRepository;
import org.clausewatch.alert.domain.OccurrenceAlerts;
import org.clausewatch.annotation.domain.AnnotationPosted;
import org.clausewatch.deadline.domain.DeadlineChanged;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.deadline.domain.ObligationChanged;
import org.clausewatch.restriction.domain.RestrictionDisputed;
import org.clausewatch.shared.security.CurrentCaller;

/**
 * Decides the alerts for what happens (R2), in the transaction that made it happen: a new
 * ultimatum, or a new deadline of another kind entered after its first alert step had fallen; any
 * deadline extended, met, missed or withdrawn, or given new consequences (once per change); a usage
 * restriction disputed; a reply in an annotation's thread or a mention of a colleague. A new or
 * settled obligation is planned again at the next pass. The scheduler fans them out.
 */
@ApplicationScoped
public class DeadlineAlerts {

  @Inject private AlertRepository alerts;
  @Inject private AlertSettings settings;
  @Inject private Clock clock;

  void on(@Observes ObligationChanged change) {
    Instant now = clock.instant();
    alerts.replanObligation(
        change.obligationId(),
        now,
        change.owedFrom() == null ? now : OccurrenceAlerts.undecidedFrom(change.owedFrom(), now));
  }

  void on(@Observes AnnotationPosted posted) {
    alerts.decideAnnotation(
        posted.annotationId(),
        posted.replyId(),
        posted.mentioned(),
        posted.excerpt(),
        clock.instant(),
        posted.author());
  }

  void on(@Observes RestrictionDisputed disputed) {
    alerts.decideDispute(
        disputed.restrictionId(),
        disputed.disputeId(),
        clock.instant(),
        CurrentCaller.usernameOfCurrentRequest());
  }

  void on(@Observes DeadlineChanged change) {
    boolean ultimatum = change.kind() == DeadlineKind.ULTIMATUM;
    AlertLadder ladder = AlertLadder.defaultFor(change.kind());
    if (change.change() == DeadlineChanged.Change.ENTERED
        && change.alertSteps() != null
        && !change.alertSteps().isBlank()) {
      // Its own steps, from the form it was entered with: a step that does not read undoes it all.
      ladder = AlertLadder.parse(change.alertSteps());
      alerts.setLadder(change.deadlineId(), ladder);
    }
    AlertKind kind =
        switch (change.change()) {
          case ENTERED ->
              ultimatum || enteredInsideItsLadder(change, ladder) ? AlertKind.ENTERED : null;
          case EXTENDED -> AlertKind.EXTENDED;
          case CLOSED -> AlertKind.valueOf(change.status().name());
          case THREATENED -> AlertKind.THREATENED;
        };
    if (kind == null) {
      return;
    }
    boolean threatened = kind == AlertKind.THREATENED;
    alerts.decideChange(
        change.deadlineId(),
        kind,
        change.dueAt(),
        change.at(),
        change.by(),
        threatened ? "By " + change.by() + ": " + change.detail() : "By " + change.by(),
        ultimatum && kind == AlertKind.ENTERED ? change.at().plus(settings.escalateAfter()) : null,
        threatened ? change.at().toEpochMilli() : null,
        kind == AlertKind.ENTERED ? overdueWhenEntered(change) : null);
  }

  /**
   * How long past its due time a deadline was when it was entered (a missed one recorded after the
   * fact), as a negative step like an overdue step's, so that its alert says "already overdue";
   * null when it was entered before its due time.
   */
  static Duration overdueWhenEntered(DeadlineChanged change) {
    return change.dueAt().isBefore(change.at())
        ? Duration.between(change.at(), change.dueAt()).truncatedTo(ChronoUnit.SECONDS)
        : null;
  }

  /**
   * Whether a deadline was entered after the first step of its {@code ladder} had fallen (a
   * delivery due in three days, entered today): its ladder only plans the steps still to come, so
   * without this the steps already past would never be told.
   */
  static boolean enteredInsideItsLadder(DeadlineChanged change, AlertLadder ladder) {
    Duration first = ladder.steps().get(0);
    return !AlertLadder.timeOf(change.dueAt(), change.dueZone(), first).isAfter(change.at());
  }
}
