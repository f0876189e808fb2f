package org.clausewatch.deadline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clausewatch.deadline.application.DeadlineChange;
import org.clausewatch.deadline.application.DeadlineDetails;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /deadlines/edit?id=...}: corrects a deadline's title, who set it, who must act, what is
 * demanded, when it was issued and the consequences threatened (one per line, in order: one
 * threatened since is added here). Its time moves by an extension, and its alert steps are set, on
 * the manage page, one link away. The version is the one shown when the page opened, so a change
 * made meanwhile is refused.
 */
@Named
@ViewScoped
public class DeadlineEditBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private Long id;

  @Inject private DeadlineService deadlines;

  private DeadlineDetails deadline;
  private List<String> parties;
  private final DeadlineFields fields = new DeadlineFields();

  /** View action: an unknown deadline, or one the user may not see, is a 404. */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void load() {
    if (deadline != null) {
      return;
    }
    deadline = id == null ? null : deadlines.deadline(id).orElse(null);
    if (deadline == null) {
      Faces.responseSendError(404, "No such deadline");
      return;
    }
    parties = deadlines.partiesOf(deadline.contractNumber());
    fields.setTitle(deadline.title());
    fields.setIssuer(deadline.issuerName());
    fields.setResponsible(deadline.responsibleName());
    fields.setDemandedAction(deadline.demandedAction());
    fields.setIssuedAt(deadline.issued() == null ? null : deadline.issued().toLocalDateTime());
    fields.setConsequences(String.join("\n", deadline.consequences()));
  }

  public void save() {
    DeadlineChange change =
        new DeadlineChange(
            fields.getTitle(),
            fields.getIssuer(),
            fields.getResponsible(),
            fields.getDemandedAction(),
            fields.getIssuedAt(),
            fields.consequenceList());
    long dId = deadline.id();
    long v = deadline.version();
    if (Actions.attempt(() -> deadlines.changeDeadline(dId, v, change), null)) {
      Messages.flashInfo(Messages.bundle("deadline.changed", fields.getTitle().strip()));
      Faces.redirect("contracts/view?number=%s", deadline.contractNumber());
    }
  }

  public DeadlineDetails getDeadline() {
    return deadline;
  }

  public DeadlineFields getFields() {
    return fields;
  }

  public List<String> getParties() {
    return parties;
  }
}
