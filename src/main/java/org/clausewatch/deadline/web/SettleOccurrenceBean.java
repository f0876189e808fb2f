package org.clausewatch.deadline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.deadline.domain.ObligationView;
import org.clausewatch.deadline.domain.OccurrenceOutcome;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /obligations/settle?contract=...&id=...&version=...&date=...}: one occurrence of an
 * obligation is fulfilled, waived or missed, with a note. The version travels with the link, so a
 * change made meanwhile is refused.
 */
@Named
@ViewScoped
public class SettleOccurrenceBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private String contract;
  @Inject @Param private Long id;
  @Inject @Param private Long version;
  @Inject @Param private String date;

  @Inject private DeadlineService deadlines;

  private LocalDate occurrence;
  private ObligationView obligation;
  private OccurrenceOutcome outcome = OccurrenceOutcome.FULFILLED;
  private String note;

  /**
   * View action: a missing or malformed parameter is a 404, as is an unknown obligation or one the
   * user may not see.
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void load() {
    if (occurrence != null) {
      return;
    }
    try {
      occurrence = date == null || date.length() > 10 ? null : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      occurrence = null;
    }
    obligation =
        occurrence == null || id == null || version == null || contract == null
            ? null
            : deadlines.obligationOf(getContract(), id).orElse(null);
    if (obligation == null) {
      occurrence = null;
      Faces.responseSendError(404, "No such occurrence");
    }
  }

  public void save() {
    long oId = id;
    long v = version;
    LocalDate d = occurrence;
    OccurrenceOutcome o = outcome;
    if (Actions.attempt(() -> deadlines.settle(oId, v, d, o, note), null)) {
      Messages.flashInfo(
          Messages.bundle(
              "obligation.settled", d.toString(), Messages.bundle("obligation.outcome." + o)));
      Faces.redirect("contracts/view?number=%s", getContract());
    }
  }

  /** The obligation the occurrence belongs to, as the contract page shows it. */
  public ObligationView getObligation() {
    return obligation;
  }

  public String getContract() {
    return contract == null ? "" : contract.strip();
  }

  public LocalDate getOccurrence() {
    return occurrence;
  }

  public OccurrenceOutcome[] getOutcomes() {
    return OccurrenceOutcome.values();
  }

  public OccurrenceOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(OccurrenceOutcome outcome) {
    this.outcome = outcome;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
