package org.clausewatch.clause.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.domain.ClauseView;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /clauses/edit?contract=...&clause=...}: a contracting officer corrects a typo in a
 * clause's executed wording, saying what was corrected. The version read when the form opened
 * travels with it, so a change made meanwhile by someone else is not overwritten silently.
 */
@Named
@ViewScoped
public class ClauseEditBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private String contract;
  @Inject @Param private String clause;

  @Inject private ClauseService clauses;

  private ClauseView original;
  private String heading;
  private String text;
  private String note;

  /** View action: an unknown clause, or one of a contract the user may not see, is a 404. */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void load() {
    if (original != null) {
      return;
    }
    original =
        contract == null || clause == null
            ? null
            : clauses.clause(contract.strip(), clause.strip()).orElse(null);
    if (original == null) {
      Faces.responseSendError(404, "No clause " + clause + " in " + contract);
      return;
    }
    heading = original.heading();
    text = original.text();
  }

  public void save() {
    String c = contract.strip();
    if (Actions.attempt(
        () -> clauses.correct(c, original.number(), original.version(), heading, text, note),
        null)) {
      Messages.flashInfo(Messages.bundle("clause.saved", original.number()));
      Faces.redirect("contracts/view?number=%s", c);
    }
  }

  public ClauseView getOriginal() {
    return original;
  }

  public String getContract() {
    return contract == null ? null : contract.strip();
  }

  public String getHeading() {
    return heading;
  }

  public void setHeading(String heading) {
    this.heading = heading;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
