package org.clausewatch.alert.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.clausewatch.alert.domain.AlertKind;
import org.clausewatch.alert.domain.AlertRepository;
import org.clausewatch.deadline.domain.DeadlineChanged;
import org.clausewatch.deadline.domain.DeadlineKind;

/**
 * Decides the alerts for what happens to a deadline (R2), in the transaction that changed it: a new
 * ultimatum; any deadline extended, met, missed or withdrawn. The scheduler fans them out.
 */
@ApplicationScoped
public class DeadlineAlerts {

  @Inject private AlertRepository alerts;
  @Inject private AlertSettings settings;

  void on(@Observes DeadlineChanged change) {
    boolean ultimatum = change.kind() == DeadlineKind.ULTIMATUM;
    AlertKind kind =
        switch (change.change()) {
          case ENTERED -> ultimatum ? AlertKind.ENTERED : null;
          case EXTENDED -> AlertKind.EXTENDED;
          case CLOSED -> AlertKind.valueOf(change.status().name());
        };
    if (kind == null) {
      return;
    }
    alerts.decideChange(
        change.deadlineId(),
        kind,
        change.dueAt(),
        change.at(),
        change.by(),
        "By " + change.by(),
        kind == AlertKind.ENTERED ? change.at().plus(settings.escalateAfter()) : null);
  }
}
