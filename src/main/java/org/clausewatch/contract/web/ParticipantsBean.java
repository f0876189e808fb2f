package org.clausewatch.contract.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.domain.AuthorisationLine;
import org.clausewatch.contract.domain.ContractDetails;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /contracts/participants?number=...}: contracting officers add and remove the other parties
 * of a contract (end user, subcontractor...) and record authorisations.
 */
@Named
@ViewScoped
public class ParticipantsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private String number;

  @Inject private ContractService contracts;

  private ContractDetails contract;
  private List<String> parties;

  private String party;
  private String role;
  private String authorisation;
  private LocalDate grantedOn;
  private Integer withdrawPosition;
  private LocalDate withdrawnOn;
  private String withdrawalReason;

  /** View action: an unknown contract, or one the user may not see, is a 404. */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void load() {
    if (contract != null) {
      return;
    }
    contract = number == null ? null : contracts.details(number.strip()).orElse(null);
    if (contract == null) {
      Faces.responseSendError(404, "No contract " + number);
      return;
    }
    parties = contracts.partyNames();
  }

  public void add() {
    String n = contract.number();
    String who = party;
    String as = role == null ? null : role.strip();
    if (Actions.attempt(() -> contracts.addParticipant(n, who, as), null)) {
      Messages.flashInfo(Messages.bundle("participants.added", who, as));
      Faces.redirect("contracts/participants?number=%s", n);
    }
  }

  public void remove(String partyName, String partyRole) {
    String n = contract.number();
    if (Actions.attempt(() -> contracts.removeParticipant(n, partyName, partyRole), null)) {
      Messages.flashInfo(Messages.bundle("participants.removed", partyName, partyRole));
      Faces.redirect("contracts/participants?number=%s", n);
    }
  }

  public void authorise() {
    String n = contract.number();
    String what = authorisation;
    LocalDate on = grantedOn;
    if (Actions.attempt(() -> contracts.authorise(n, what, on), null)) {
      Messages.flashInfo(Messages.bundle("participants.authorised"));
      Faces.redirect("contracts/participants?number=%s", n);
    }
  }

  public void withdraw() {
    String n = contract.number();
    Integer position = withdrawPosition;
    LocalDate on = withdrawnOn;
    String reason = withdrawalReason;
    String what =
        getInForce().stream()
            .filter(a -> position != null && a.position() == position)
            .map(AuthorisationLine::description)
            .findFirst()
            .orElse("");
    if (Actions.attempt(
        () -> contracts.withdrawAuthorisation(n, position == null ? -1 : position, on, reason),
        null)) {
      Messages.flashInfo(Messages.bundle("authorisation.withdrawnDone", what, on));
      Faces.redirect("contracts/participants?number=%s", n);
    }
  }

  /** The authorisations still in force: those a withdrawal may name. */
  public List<AuthorisationLine> getInForce() {
    return contract.authorisations().stream().filter(AuthorisationLine::inForce).toList();
  }

  public ContractDetails getContract() {
    return contract;
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

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getAuthorisation() {
    return authorisation;
  }

  public void setAuthorisation(String authorisation) {
    this.authorisation = authorisation;
  }

  public LocalDate getGrantedOn() {
    return grantedOn;
  }

  public void setGrantedOn(LocalDate grantedOn) {
    this.grantedOn = grantedOn;
  }

  public Integer getWithdrawPosition() {
    return withdrawPosition;
  }

  public void setWithdrawPosition(Integer withdrawPosition) {
    this.withdrawPosition = withdrawPosition;
  }

  public LocalDate getWithdrawnOn() {
    return withdrawnOn;
  }

  public void setWithdrawnOn(LocalDate withdrawnOn) {
    this.withdrawnOn = withdrawnOn;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public void setWithdrawalReason(String withdrawalReason) {
    this.withdrawalReason = withdrawalReason;
  }
}
