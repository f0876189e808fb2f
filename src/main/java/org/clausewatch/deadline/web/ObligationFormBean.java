package org.clausewatch.deadline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.deadline.application.NewObligation;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /obligations/new?contract=...}: what a party owes, once on a date or by an RFC 5545 rule,
 * with a preview of the next dates before it is saved.
 */
@Named
@ViewScoped
public class ObligationFormBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private String contract;

  @Inject private DeadlineService deadlines;

  private List<String> parties;
  private boolean loaded;

  private final ObligationFields fields = new ObligationFields();
  private String recurrence;
  private List<LocalDate> preview = List.of();

  /** View action: an unknown contract, or one the user may not see, is a 404. */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    parties = contract == null ? List.of() : deadlines.partiesOf(contract.strip());
    if (parties.isEmpty()) {
      Faces.responseSendError(404, "No contract " + contract);
    }
  }

  /** Shows the next occurrences of the rule as entered; nothing is saved. */
  public void showPreview() {
    preview = List.of();
    if (recurrence == null || recurrence.isBlank()) {
      return;
    }
    String rule = recurrence.strip();
    try {
      preview = deadlines.preview(rule, fields.getDueDate(), 6);
    } catch (BusinessException e) {
      Actions.refuse(e.getMessage());
    }
  }

  public void save() {
    String c = getContract();
    NewObligation request =
        new NewObligation(
            fields.getOwingParty(),
            fields.getDescription(),
            fields.getResponsiblePerson(),
            fields.getSourceClause(),
            fields.getDueDate(),
            recurrence);
    if (Actions.attempt(() -> deadlines.createObligation(c, request), null)) {
      Messages.flashInfo(Messages.bundle("obligation.created"));
      Faces.redirect("contracts/view?number=%s", c);
    }
  }

  public String getContract() {
    return contract == null ? "" : contract.strip();
  }

  public List<String> getParties() {
    return parties;
  }

  public ObligationFields getFields() {
    return fields;
  }

  public List<LocalDate> getPreview() {
    return preview;
  }

  public String getRecurrence() {
    return recurrence;
  }

  public void setRecurrence(String recurrence) {
    this.recurrence = recurrence;
  }
}
