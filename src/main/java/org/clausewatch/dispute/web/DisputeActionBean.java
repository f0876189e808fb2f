package org.clausewatch.dispute.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clausewatch.dispute.application.ClauseTerms;
import org.clausewatch.dispute.application.DisputeService;
import org.clausewatch.dispute.domain.DisputeView;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /disputes/act?contract=...&clause=...&id=...}: legal staff escalate an open dispute,
 * resolve it by a modification of the contract, or abandon it, saying why (R3).
 */
@Named
@ViewScoped
public class DisputeActionBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What legal staff do with the dispute. */
  public enum Action {
    ESCALATE,
    RESOLVE_BY_MODIFICATION,
    ABANDON
  }

  @Inject @Param private String contract;
  @Inject @Param private String clause;
  @Inject @Param private Long id;

  @Inject private DisputeService disputes;

  private ClauseTerms clauseView;
  private DisputeView dispute;
  private List<String> modifications;
  private Action action;
  private String modification;
  private String note;

  /** View action: an unknown or closed dispute, or one the user may not see, is a 404. */
  @Allowed(Role.LEGAL)
  public void load() {
    if (dispute != null) {
      return;
    }
    clauseView =
        contract == null || clause == null || id == null
            ? null
            : disputes.clauseTerms(contract.strip(), clause.strip()).orElse(null);
    dispute =
        clauseView == null
            ? null
            : disputes
                .dispute(id)
                .filter(d -> d.clauseId() == clauseView.clauseId() && d.open())
                .orElse(null);
    if (dispute == null) {
      Faces.responseSendError(404, "No dispute " + id + " on clause " + clause);
      return;
    }
    modifications = disputes.modificationNumbersOf(contract.strip());
  }

  public void save() {
    if (action == null) {
      Actions.refuse(Messages.bundle("dispute.action.required"));
      return;
    }
    boolean done =
        Actions.attempt(
            () -> {
              switch (action) {
                case ESCALATE -> disputes.escalate(dispute.id(), dispute.version(), note);
                case RESOLVE_BY_MODIFICATION ->
                    disputes.resolveByModification(
                        dispute.id(),
                        dispute.version(),
                        modification == null ? "" : modification,
                        note);
                case ABANDON -> disputes.abandon(dispute.id(), dispute.version(), note);
              }
            },
            null);
    if (done) {
      Messages.flashInfo(Messages.bundle("dispute.done." + action));
      Faces.redirect(
          "clauses/view?contract=%s&clause=%s", contract.strip(), clauseView.clauseNumber());
    }
  }

  public Action[] getActions() {
    return Action.values();
  }

  public DisputeView getDispute() {
    return dispute;
  }

  public ClauseTerms getClauseView() {
    return clauseView;
  }

  public String getContract() {
    return contract == null ? null : contract.strip();
  }

  public List<String> getModifications() {
    return modifications;
  }

  public Action getAction() {
    return action;
  }

  public void setAction(Action action) {
    this.action = action;
  }

  public String getModification() {
    return modification;
  }

  public void setModification(String modification) {
    this.modification = modification;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
