package org.clausewatch.contract.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.domain.ContractDetails;
import org.clausewatch.contract.domain.ContractStatus;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** {@code /contracts/view?number=...}: the contract itself; other features add their sections. */
@Named
@RequestScoped
public class ContractViewBean {

  @Inject @Param private String number;

  @Inject private ContractService contracts;

  private ContractDetails contract;

  private boolean loaded;

  /** View action: an unknown or missing number gets the app's own 404 page. */
  public void load() {
    if (getContract() == null) {
      Faces.responseSendError(404, "No contract " + number);
    }
  }

  private ContractStatus targetStatus;

  /** Contracting officers: move the contract to another status, then show the page again. */
  public void changeStatus() {
    String n = number.strip();
    ContractStatus target = targetStatus;
    if (Actions.attempt(() -> contracts.changeStatus(n, target), null)) {
      Messages.flashInfo(
          Messages.bundle("contract.statusChanged", Messages.bundle("status." + target)));
      Faces.redirect("contracts/view?number=%s", n);
    }
  }

  public ContractStatus getTargetStatus() {
    return targetStatus;
  }

  public void setTargetStatus(ContractStatus targetStatus) {
    this.targetStatus = targetStatus;
  }

  /**
   * The contract, read once per request: also on a form post, where the page's forms need it before
   * any view action runs. Null if unknown or above the user's clearance.
   */
  public ContractDetails getContract() {
    if (!loaded) {
      loaded = true;
      contract =
          number == null || number.isBlank()
              ? null
              : contracts.details(number.strip()).orElse(null);
    }
    return contract;
  }
}
