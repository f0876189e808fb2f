package org.clausewatch.contract.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.domain.ContractDetails;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** {@code /contracts/view?number=...}: the contract itself; other features add their sections. */
@Named
@RequestScoped
public class ContractViewBean {

  @Inject @Param private String number;

  @Inject private ContractService contracts;

  private ContractDetails contract;

  /** View action: an unknown or missing number gets the app's own 404 page. */
  public void load() {
    contract =
        number == null || number.isBlank() ? null : contracts.details(number.strip()).orElse(null);
    if (contract == null) {
      Faces.responseSendError(404, "No contract " + number);
    }
  }

  public ContractDetails getContract() {
    return contract;
  }
}
