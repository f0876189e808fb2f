package org.clausewatch.restriction.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.clausewatch.restriction.application.RestrictionForm;
import org.clausewatch.restriction.application.RestrictionService;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /restrictions/position?contract=...&restriction=...}: legal staff record what a party said
 * about a usage restriction, when, and where it was said.
 */
@Named
@ViewScoped
public class PositionBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private String contract;
  @Inject @Param private Long restriction;

  @Inject private RestrictionService restrictions;
  @Inject private Clock clock;

  private RestrictionForm view;
  private List<String> parties;
  private String party;
  private String statement;
  private LocalDate statedOn;
  private String source;

  /** View action: unknown restriction, or a contract the user may not see: the 404 page. */
  public void load() {
    if (view != null) {
      return;
    }
    view =
        contract == null || restriction == null
            ? null
            : restrictions
                .restriction(restriction)
                .filter(r -> r.contractNumber().equals(contract.strip()))
                .orElse(null);
    if (view == null) {
      Faces.responseSendError(404, "No restriction " + restriction + " in " + contract);
      return;
    }
    parties = restrictions.partiesOf(contract.strip());
    statedOn = LocalDate.now(clock);
  }

  public void save() {
    String c = contract.strip();
    String who = party;
    if (Actions.attempt(
        () -> restrictions.statePosition(view.id(), who, statement, statedOn, source), null)) {
      Messages.flashInfo(Messages.bundle("restriction.positionRecorded", who));
      Faces.redirect("contracts/view?number=%s", c);
    }
  }

  public RestrictionForm getView() {
    return view;
  }

  public String getContract() {
    return contract == null ? null : contract.strip();
  }

  public List<String> getParties() {
    return parties;
  }

  public String getParty() {
    return party;
  }

  public void setParty(String party) {
    this.party = party;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public LocalDate getStatedOn() {
    return statedOn;
  }

  public void setStatedOn(LocalDate statedOn) {
    this.statedOn = statedOn;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }
}
