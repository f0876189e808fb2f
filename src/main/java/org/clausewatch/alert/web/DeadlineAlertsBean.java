package org.clausewatch.alert.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clausewatch.alert.application.AlertService;
import org.clausewatch.alert.domain.LadderView;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;

/**
 * The "Alerts" section of {@code /deadlines/manage?id=...}: when the deadline alerts, and a form
 * for contracting officers to give it its own steps (or its kind's again).
 */
@Named
@ViewScoped
public class DeadlineAlertsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private Long id;

  @Inject private AlertService alerts;

  private LadderView ladder;
  private String steps;

  public void load() {
    if (id == null) {
      return;
    }
    ladder = alerts.ladder(id).orElse(null);
    if (ladder != null && steps == null) {
      steps = ladder.own() ? ladder.ladder().format() : "";
    }
  }

  public void save() {
    long deadline = id;
    String text = steps;
    if (Actions.attempt(
        () -> alerts.setLadder(deadline, text), Messages.bundle("alerts.ladder.saved"))) {
      ladder = alerts.ladder(deadline).orElse(null);
    }
  }

  public LadderView getLadder() {
    return ladder;
  }

  /** The steps in words: "72 hours before, 24 hours before, at the due time". */
  public String getStepsInWords() {
    return ladder == null
        ? ""
        : String.join(
            ", ",
            ladder.ladder().steps().stream()
                .map(org.clausewatch.alert.domain.AlertLadder::label)
                .toList());
  }

  public String getSteps() {
    return steps;
  }

  public void setSteps(String steps) {
    this.steps = steps;
  }
}
