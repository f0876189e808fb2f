package org.clausewatch.contract.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractRepository;
import org.clausewatch.contract.domain.ContractStatus;
import org.clausewatch.contract.domain.ContractSummary;
import org.clausewatch.party.domain.Party;
import org.clausewatch.party.domain.PartyRepository;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Money;
import org.clausewatch.shared.Page;
import org.clausewatch.shared.PageRequest;

/** Registers contracts and answers the contract list. */
@Stateless
public class ContractService {

  @Inject private ContractRepository contracts;
  @Inject private PartyRepository parties;

  /**
   * Registers a new contract in draft.
   *
   * @throws BusinessException if the number is taken, a party is unknown, or a rule of the contract
   *     is broken; nothing is saved then
   */
  public Contract register(@NotNull @Valid NewContract request) {
    String number;
    try {
      number = Contract.normalizeNumber(request.number());
    } catch (IllegalArgumentException e) {
      throw new BusinessException(e.getMessage());
    }
    if (contracts.existsByNumber(number)) {
      throw new BusinessException("Contract " + number + " already exists.");
    }
    Party buyer = party(request.buyerName(), "buyer");
    Party vendor = party(request.vendorName(), "vendor");
    try {
      Contract contract =
          new Contract(
              number,
              request.title(),
              buyer,
              vendor,
              Money.of(request.ceilingAmount(), request.ceilingCurrency()));
      contract.describe(request.description());
      return contracts.add(contract);
    } catch (IllegalArgumentException e) {
      throw new BusinessException(e.getMessage());
    }
  }

  private Party party(String name, String role) {
    return parties
        .findByName(name)
        .orElseThrow(() -> new BusinessException("Unknown " + role + ": " + name));
  }

  /**
   * Moves a contract to another status.
   *
   * @throws BusinessException if the contract is unknown or the transition is not allowed
   */
  public Contract changeStatus(@NotNull String number, @NotNull ContractStatus target) {
    Contract contract =
        contracts
            .findByNumber(number)
            .orElseThrow(() -> new BusinessException("Unknown contract: " + number));
    try {
      contract.changeStatus(target);
    } catch (IllegalStateException e) {
      throw new BusinessException(e.getMessage());
    }
    return contract;
  }

  public Optional<Contract> find(@NotNull String number) {
    return contracts.findByNumber(number);
  }

  /** A page of the list and the size of the whole list: two SQL statements. */
  public Page<ContractSummary> browse(@NotNull ContractQuery query, @NotNull PageRequest page) {
    long total = contracts.count(query);
    List<ContractSummary> items = total > page.offset() ? contracts.page(query, page) : List.of();
    return new Page<>(items, total);
  }

  public long count(@NotNull ContractQuery query) {
    return contracts.count(query);
  }

  public List<ContractSummary> page(@NotNull ContractQuery query, @NotNull PageRequest page) {
    return contracts.page(query, page);
  }

  public Map<ContractStatus, Long> countByStatus() {
    return contracts.countByStatus();
  }
}
