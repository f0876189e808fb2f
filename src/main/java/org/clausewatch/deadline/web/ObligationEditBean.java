package org.clausewatch.deadline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.deadline.application.ObligationChange;
import org.clausewatch.deadline.domain.ObligationView;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /obligations/edit?contract=...&id=...}: corrects what is owed, by whom, under which clause
 * and who follows it up, and moves a one-time obligation's due date while nobody settled it. The
 * version is the one shown when the page opened, so a change made meanwhile is refused.
 */
@Named
@ViewScoped
public class ObligationEditBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private String contract;
  @Inject @Param private Long id;

  @Inject private DeadlineService deadlines;

  private ObligationView obligation;
  private List<String> parties;
  private final ObligationFields fields = new ObligationFields();

  /** View action: an unknown obligation, or one of a contract the caller may not see, is a 404. */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void load() {
    if (obligation != null) {
      return;
    }
    if (contract != null && id != null) {
      obligation = deadlines.obligationOf(contract.strip(), id).orElse(null);
    }
    if (obligation == null) {
      Faces.responseSendError(404, "No such obligation");
      return;
    }
    parties = deadlines.partiesOf(getContract());
    fields.setOwingParty(obligation.owingPartyName());
    fields.setDescription(obligation.description());
    fields.setResponsiblePerson(obligation.responsiblePerson());
    fields.setSourceClause(obligation.sourceClauseNumber());
    fields.setDueDate(obligation.dueDate());
  }

  public void save() {
    ObligationChange change =
        new ObligationChange(
            fields.getOwingParty(),
            fields.getDescription(),
            fields.getResponsiblePerson(),
            fields.getSourceClause(),
            obligation.dueDateMovable() ? fields.getDueDate() : null);
    long oId = obligation.id();
    long v = obligation.version();
    if (Actions.attempt(() -> deadlines.changeObligation(oId, v, change), null)) {
      Messages.flashInfo(Messages.bundle("obligation.changed", fields.getDescription().strip()));
      Faces.redirect("contracts/view?number=%s", getContract());
    }
  }

  public String getContract() {
    return contract == null ? "" : contract.strip();
  }

  public ObligationView getObligation() {
    return obligation;
  }

  public ObligationFields getFields() {
    return fields;
  }

  public List<String> getParties() {
    return parties;
  }
}
