package org.clausewatch.clause.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /clauses/new?contract=...}: a local clause (H-1, special provisions) added to a contract.
 */
@Named
@ViewScoped
public class LocalClauseBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private String contract;

  @Inject private ClauseService clauses;

  private String number;
  private String heading;
  private String text;
  private ClauseCategory category = ClauseCategory.OTHER;

  /** View action: officers and legal staff only; an unknown or unseen contract is a 404. */
  @Allowed({Role.CONTRACTING_OFFICER, Role.LEGAL})
  public void load() {
    if (!clauses.contractKnown(getContract())) {
      Faces.responseSendError(404, "No contract " + contract);
    }
  }

  public void save() {
    String c = getContract();
    String n = number == null ? null : number.strip();
    if (Actions.attempt(() -> clauses.append(c, n, null, heading, text, category), null)) {
      Messages.flashInfo(Messages.bundle("clause.added", n, c));
      Faces.redirect("contracts/view?number=%s", c);
    }
  }

  public String getContract() {
    return contract == null ? "" : contract.strip();
  }

  public ClauseCategory[] getCategories() {
    return ClauseCategory.values();
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getHeading() {
    return heading;
  }

  public void setHeading(String heading) {
    this.heading = heading;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public ClauseCategory getCategory() {
    return category;
  }

  public void setCategory(ClauseCategory category) {
    this.category = category;
  }
}
