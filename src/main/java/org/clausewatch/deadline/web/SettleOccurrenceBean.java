package org.clausewatch.deadline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.deadline.domain.ObligationOccurrence;
import org.clausewatch.deadline.domain.ObligationView;
import org.clausewatch.deadline.domain.OccurrenceOutcome;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /obligations/settle?contract=...&id=...&date=...}: one occurrence of an obligation is
 * fulfilled, waived or missed, with a note. The version is the one shown when the page opened, so a
 * change made meanwhile is refused, and opening the page again shows what changed.
 */
@Named
@ViewScoped
public class SettleOccurrenceBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private String contract;
  @Inject @Param private Long id;
  @Inject @Param private String date;

  @Inject private DeadlineService deadlines;

  private LocalDate occurrence;
  private ObligationView obligation;
  private ObligationView.OccurrenceLine line;
  private OccurrenceOutcome outcome = OccurrenceOutcome.FULFILLED;
  private String note;

  /**
   * View action: a missing or malformed parameter is a 404, as is an unknown obligation, one the
   * user may not see, or a date on which it does not fall due. An occurrence settled already (by a
   * colleague since the link was shown) is shown as settled, without the form.
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
    ObligationOccurrence found =
        occurrence == null || id == null || contract == null
            ? null
            : deadlines.occurrenceOf(getContract(), id, occurrence).orElse(null);
    obligation = found == null ? null : found.obligation();
    line = found == null ? null : found.occurrence();
    if (line == null) {
      obligation = null;
      occurrence = null;
      Faces.responseSendError(404, "No such occurrence");
    }
  }

  public void save() {
    long oId = id;
    long v = obligation.version();
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

  /** How the occurrence was settled; null while it is open. */
  public ObligationView.OccurrenceLine getSettled() {
    return line == null || line.open() ? null : line;
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
