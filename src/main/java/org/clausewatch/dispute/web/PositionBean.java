package org.clausewatch.dispute.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.clausewatch.dispute.application.ClauseTerms;
import org.clausewatch.dispute.application.DisputeService;
import org.clausewatch.dispute.application.RestrictionTerm;
import org.clausewatch.dispute.domain.PositionView;
import org.clausewatch.dispute.domain.Stance;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /positions/edit?contract=...&clause=...[&restriction=id]}: legal staff record where a
 * party stands on a clause or one of its usage restrictions; with {@code &revise=id}, they revise
 * the party's latest position (the earlier one stays in the history).
 */
@Named
@ViewScoped
public class PositionBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private String contract;
  @Inject @Param private String clause;
  @Inject @Param private Long restriction;
  @Inject @Param private Long revise;

  @Inject private DisputeService disputes;
  @Inject private Clock clock;

  private ClauseTerms clauseView;
  private RestrictionTerm restrictionView;
  private PositionView revised;
  private List<String> parties;
  private String party;
  private Stance stance;
  private String statement;
  private LocalDate statedOn;
  private String source;

  /** View action: an unknown term or position, or one the user may not see, is a 404. */
  @Allowed(Role.LEGAL)
  public void load() {
    if (clauseView != null) {
      return;
    }
    clauseView =
        contract == null || clause == null
            ? null
            : disputes.clauseTerms(contract.strip(), clause.strip()).orElse(null);
    if (clauseView != null && restriction != null) {
      restrictionView =
          clauseView.restrictions().stream()
              .filter(r -> r.restrictionId() == restriction)
              .findFirst()
              .orElse(null);
    }
    if (clauseView != null && revise != null) {
      revised =
          disputes
              .position(revise)
              .filter(p -> p.clauseId() == clauseView.clauseId())
              .filter(p -> java.util.Objects.equals(p.restrictionId(), restriction))
              .orElse(null);
    }
    if (clauseView == null
        || (restriction != null && restrictionView == null)
        || (revise != null && revised == null)) {
      clauseView = null;
      Faces.responseSendError(404, "No such term in " + contract);
      return;
    }
    parties = disputes.partiesOf(contract.strip());
    statedOn = LocalDate.now(clock);
    if (revised != null) {
      party = revised.party();
      stance = revised.stance();
      statement = revised.statement();
      source = revised.source();
    }
  }

  public void save() {
    String c = contract.strip();
    String who = party;
    boolean done =
        revised != null
            ? Actions.attempt(
                () ->
                    disputes.revisePosition(
                        revised.id(), revised.version(), stance, statement, statedOn, source),
                null)
            : Actions.attempt(
                () ->
                    disputes.recordPosition(
                        c,
                        clauseView.clauseNumber(),
                        restriction,
                        who,
                        stance,
                        statement,
                        statedOn,
                        source),
                null);
    if (done) {
      Messages.flashInfo(
          Messages.bundle(revised != null ? "position.revised" : "position.recorded", who));
      Faces.redirect("clauses/view?contract=%s&clause=%s", c, clauseView.clauseNumber());
    }
  }

  public boolean isRevising() {
    return revised != null;
  }

  public Stance[] getStances() {
    return Stance.values();
  }

  public ClauseTerms getClauseView() {
    return clauseView;
  }

  public RestrictionTerm getRestrictionView() {
    return restrictionView;
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
    if (revised == null) {
      this.party = party;
    }
  }

  public Stance getStance() {
    return stance;
  }

  public void setStance(Stance stance) {
    this.stance = stance;
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
