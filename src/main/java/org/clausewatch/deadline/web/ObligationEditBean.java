package org.clausewatch.deadline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.deadline.application.ObligationChange;
import org.clausewatch.deadline.domain.ObligationView;
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

  private String owingParty;
  private String description;
  private String responsiblePerson;
  private String sourceClause;
  private LocalDate dueDate;

  /** View action: an unknown obligation, or one of a contract the caller may not see, is a 404. */
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
    owingParty = obligation.owingPartyName();
    description = obligation.description();
    responsiblePerson = obligation.responsiblePerson();
    sourceClause = obligation.sourceClauseNumber();
    dueDate = obligation.dueDate();
  }

  public void save() {
    ObligationChange change =
        new ObligationChange(
            owingParty,
            description,
            responsiblePerson,
            sourceClause,
            obligation.dueDateMovable() ? dueDate : null);
    long oId = obligation.id();
    long v = obligation.version();
    if (Actions.attempt(() -> deadlines.changeObligation(oId, v, change), null)) {
      Messages.flashInfo(Messages.bundle("obligation.changed", description.strip()));
      Faces.redirect("contracts/view?number=%s", getContract());
    }
  }

  public String getContract() {
    return contract == null ? "" : contract.strip();
  }

  public ObligationView getObligation() {
    return obligation;
  }

  public List<String> getParties() {
    return parties;
  }

  public String getOwingParty() {
    return owingParty;
  }

  public void setOwingParty(String owingParty) {
    this.owingParty = owingParty;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getResponsiblePerson() {
    return responsiblePerson;
  }

  public void setResponsiblePerson(String responsiblePerson) {
    this.responsiblePerson = responsiblePerson;
  }

  public String getSourceClause() {
    return sourceClause;
  }

  public void setSourceClause(String sourceClause) {
    this.sourceClause = sourceClause;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }
}
