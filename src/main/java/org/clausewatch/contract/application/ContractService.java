package org.clausewatch.contract.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.contract.domain.AuthorisationLine;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.ContractDetails;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractRepository;
import org.clausewatch.contract.domain.ContractStatus;
import org.clausewatch.contract.domain.ContractSummary;
import org.clausewatch.contract.domain.ListAnchor;
import org.clausewatch.contract.domain.ListCursor;
import org.clausewatch.contract.domain.Modification;
import org.clausewatch.contract.domain.ModificationTerms;
import org.clausewatch.contract.domain.PeriodOfPerformance;
import org.clausewatch.party.domain.Party;
import org.clausewatch.party.domain.PartyRepository;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.Money;
import org.clausewatch.shared.Page;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.RecordChanges;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.CurrentCaller;
import org.clausewatch.shared.security.Role;

/** Registers and changes contracts, and answers the contract list and page. */
@Stateless
@Allowed
public class ContractService {

  /** The answer to a number that exists, visible to the caller or not. */
  public static final String NUMBER_TAKEN =
      "This number cannot be used. Check it, or choose another number.";

  @Inject private ContractRepository contracts;
  @Inject private PartyRepository parties;
  @Inject private CurrentCaller caller;
  @Inject private ListCounts counts;
  @Inject private ListAnchors anchors;
  @Inject private Clock clock;

  /**
   * Registers a new contract in draft.
   *
   * @throws BusinessException if the number is taken, a party is unknown, or a rule of the contract
   *     is broken; nothing is saved then
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public Contract register(@NotNull @Valid NewContract request) {
    String number = Contract.normalizeNumber(request.number());
    contracts.lockNumber(number);
    if (contracts.numberTaken(number)) {
      // The same words whether or not the caller may see that contract: no existence oracle.
      throw new BusinessException(NUMBER_TAKEN);
    }
    requireCleared(request.classification());
    Party buyer = party(request.buyerName(), "buyer");
    Party vendor = party(request.vendorName(), "vendor");
    Contract contract =
        new Contract(
            number,
            request.title(),
            request.type(),
            buyer,
            vendor,
            Money.of(request.ceilingAmount(), request.currency()));
    if (request.obligatedAmount() != null) {
      contract.obligate(Money.of(request.obligatedAmount(), request.currency()));
    }
    if (request.awardDate() != null) {
      contract.award(request.awardDate());
    }
    if (request.periodStart() != null || request.periodEnd() != null) {
      contract.schedule(new PeriodOfPerformance(request.periodStart(), request.periodEnd()));
    }
    if (request.classification() != null) {
      contract.classify(request.classification());
    }
    contract.describe(request.description());
    return contracts.add(contract);
  }

  /**
   * Registers a new contract in draft from the form, as {@link #register}.
   *
   * @return its number, normalised
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public String registerFromForm(@NotNull @Valid NewContract request) {
    return register(request).number();
  }

  /**
   * Moves a contract to another status.
   *
   * @throws BusinessException if the contract is unknown or the transition is not allowed
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public Contract changeStatus(@NotNull String number, @NotNull ContractStatus target) {
    Contract contract = existing(number);
    contract.changeStatus(target);
    return contract;
  }

  /**
   * Applies a modification to a contract (ceiling change, new end date) and keeps it in history.
   *
   * @throws BusinessException if a rule of the contract is broken; nothing changes then
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void applyModification(
      @NotNull String contractNumber,
      @NotNull String modificationNumber,
      @NotNull LocalDate effectiveDate,
      @NotNull String description,
      BigDecimal valueChange,
      LocalDate newEndDate) {
    applyModification(
        contractNumber,
        new ModificationTerms(
            modificationNumber, effectiveDate, description, valueChange, null, null, newEndDate));
  }

  /**
   * Applies a modification: value, funding, period. Part of a larger change when the caller's
   * transaction spans more (a modification that also changes clauses).
   *
   * @return the modification, now part of the contract's history
   * @throws BusinessException if a rule of the contract is broken; nothing changes then
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public Modification applyModification(
      @NotNull String contractNumber, @NotNull ModificationTerms terms) {
    Contract contract = existing(contractNumber);
    return contract.applyModification(terms);
  }

  /** The P-number a new modification of the contract would usually get; empty if unknown. */
  public Optional<String> nextModificationNumber(@NotNull String contractNumber) {
    return contracts.findByNumber(contractNumber).map(Contract::nextModificationNumber);
  }

  /**
   * Changes what was entered at registration, unless someone changed the contract since {@code
   * expectedVersion} was read. The buyer and vendor stay; the number changes only before award.
   *
   * @return the contract's number after the change
   * @throws BusinessException if the contract is unknown, was changed meanwhile, a field breaks a
   *     rule, the new number is another contract's (in the same words whether or not the caller may
   *     see it), or the marking is above the caller's clearance; nothing changes then
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public String edit(
      @NotNull String number, long expectedVersion, @NotNull @Valid ContractEdit change) {
    return edit(number, expectedVersion, null, change);
  }

  /**
   * As {@link #edit(String, long, ContractEdit)}, from a form that started from {@code read}: a
   * refusal for a change made meanwhile names each field that changed and its value now.
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public String edit(
      @NotNull String number, @NotNull EditableContract read, @NotNull @Valid ContractEdit change) {
    return edit(number, read.version(), read.values(), change);
  }

  private String edit(String number, long expectedVersion, ContractEdit read, ContractEdit change) {
    Contract contract =
        contracts
            .findByNumber(number)
            .orElseThrow(
                () ->
                    new BusinessException(
                        "There is no contract numbered "
                            + number
                            + " (any more): if someone corrected its number meanwhile, find it"
                            + " in the list and edit it there."));
    if (contract.version() != expectedVersion) {
      List<String> changed =
          read == null
              ? List.of()
              : RecordChanges.between(read, EditableContract.of(contract).values());
      throw new BusinessException(
          "Someone else changed contract "
              + number
              + " meanwhile"
              + (changed.isEmpty() ? "" : " (" + String.join("; ", changed) + ")")
              + ". Your entries are kept: check them against that change and save again.");
    }
    requireCleared(change.classification());
    String renumbered = Contract.normalizeNumber(change.number());
    if (!renumbered.equals(contract.number()) && contract.numberChangeable()) {
      contracts.lockNumber(renumbered);
      if (contracts.numberTaken(renumbered)) {
        throw new BusinessException(NUMBER_TAKEN);
      }
    }
    contract.renumber(renumbered);
    contract.edit(
        change.title(),
        change.description(),
        change.type(),
        Money.of(change.ceilingAmount(), change.currency()),
        change.awardDate(),
        period(change.periodStart(), change.periodEnd()),
        change.classification());
    return contract.number();
  }

  /** The contract as its edit form starts; empty if unknown or above the caller's clearance. */
  public Optional<EditableContract> editForm(@NotNull String number) {
    return contracts.findByNumber(number).map(EditableContract::of);
  }

  private static PeriodOfPerformance period(LocalDate start, LocalDate end) {
    if (start == null && end == null) {
      return null;
    }
    if (start == null || end == null) {
      throw new BusinessException(
          "A period of performance has a start and an end date, or neither");
    }
    return new PeriodOfPerformance(start, end);
  }

  private void requireCleared(Classification marking) {
    Classification clearance =
        caller.profile().map(p -> p.clearance()).orElse(Classification.UNCLASSIFIED);
    if (marking != null && marking.compareTo(clearance) > 0) {
      throw new BusinessException(
          "You may not mark a contract above your own clearance ("
              + clearance.name().replace('_', ' ')
              + ").");
    }
  }

  @Allowed(Role.CONTRACTING_OFFICER)
  public void removeParticipant(
      @NotNull String contractNumber, @NotNull String partyName, @NotNull String role) {
    Contract contract = existing(contractNumber);
    Party party = party(partyName, "participant");
    contract.removeParticipant(party, role);
  }

  @Allowed(Role.CONTRACTING_OFFICER)
  public void addParticipant(
      @NotNull String contractNumber, @NotNull String partyName, @NotNull String role) {
    Contract contract = existing(contractNumber);
    Party party = party(partyName, "participant");
    contract.addParticipant(party, role);
  }

  @Allowed(Role.CONTRACTING_OFFICER)
  public void authorise(
      @NotNull String contractNumber, @NotNull String description, @NotNull LocalDate grantedOn) {
    Contract contract = existing(contractNumber);
    contract.authorise(description, grantedOn);
  }

  /**
   * Withdraws an authorisation of the contract, dated on or before today (UTC); it stays listed.
   *
   * @param position the authorisation's position, as {@link AuthorisationLine#position()}
   * @throws BusinessException if there is no such authorisation, it was withdrawn already, the date
   *     is before the grant or after today, or the reason is blank or too long
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void withdrawAuthorisation(
      @NotNull String contractNumber, int position, LocalDate withdrawnOn, String reason) {
    Contract contract = existing(contractNumber);
    contract.withdrawAuthorisation(
        position, withdrawnOn, reason, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
  }

  public Optional<Contract> find(@NotNull String number) {
    return contracts.findByNumber(number);
  }

  /**
   * The marking every page about the contract shows as banners, or empty if unknown or above the
   * caller's clearance.
   */
  public Optional<Classification> markingOf(@NotNull String number) {
    return contracts.markingOf(number);
  }

  /** Everything the contract page shows about the contract itself, or empty if unknown. */
  public Optional<ContractDetails> details(@NotNull String number) {
    return contracts.detailsOf(number);
  }

  /** A page of the list and the size of the whole list. */
  public Page<ContractSummary> browse(@NotNull ContractQuery query, @NotNull PageRequest page) {
    long total = contracts.count(query);
    List<ContractSummary> items = total > page.offset() ? page(query, page) : List.of();
    return new Page<>(items, total);
  }

  /**
   * How many contracts match, exactly up to {@code limit}; {@code limit + 1} means "more". The list
   * counts this way, so that a page of a large result does not pay for counting all of it.
   */
  public long countUpTo(@NotNull ContractQuery query, int limit) {
    int cap = Math.max(1, limit);
    caller.getClearance();
    return counts.countUpTo(
        query,
        CurrentCaller.clearanceRankOfCurrentRequest(),
        cap,
        contracts.listVersion(),
        () -> contracts.countUpTo(query, cap));
  }

  public long count(@NotNull ContractQuery query) {
    return contracts.count(query);
  }

  /**
   * A page of the list by its position. Within the first {@link ListAnchors#EVERY} rows, by offset
   * (two statements); deeper, from the nearest of the list's kept anchors before it (three
   * statements, and one more read of the list in order when its anchors are not kept yet).
   */
  public List<ContractSummary> page(@NotNull ContractQuery query, @NotNull PageRequest page) {
    if (page.offset() < ListAnchors.EVERY) {
      return contracts.page(query, page);
    }
    caller.getClearance();
    List<ListAnchor> kept =
        anchors.of(
            query,
            CurrentCaller.clearanceRankOfCurrentRequest(),
            contracts.listVersion(),
            () -> contracts.anchors(query, ListAnchors.EVERY));
    ListAnchors.Start start = ListAnchors.start(kept, page.offset(), ListAnchors.EVERY);
    return start.pastTheEnd()
        ? List.of()
        : contracts.pageAfter(query, start.anchor(), start.skip(), page.limit());
  }

  /**
   * The page next to a row of the list (keyset paging); empty when that row is unknown or not
   * visible to the caller (in any order but by number, where the number alone is the key), so that
   * the caller reads the page by its position instead.
   */
  public Optional<List<ContractSummary>> seek(
      @NotNull ContractQuery query, @NotNull ListCursor cursor, int limit) {
    return contracts.seek(query, cursor, Math.min(Math.max(limit, 1), PageRequest.MAX_LIMIT));
  }

  /** The next chunk of an export in number order, after {@code afterNumber} (null: from start). */
  public List<ContractSummary> exportChunk(
      @NotNull ContractQuery query, String afterNumber, int size) {
    return contracts.chunkAfter(query, afterNumber, size);
  }

  /** Contracts a party takes part in, by number, at most {@code limit}. */
  public List<ContractSummary> contractsOf(@NotNull String partyName, int limit) {
    return contracts.ofParty(partyName, Math.min(Math.max(limit, 1), 500));
  }

  /** Every party's name, for the forms' choices. */
  public List<String> partyNames() {
    return parties.findAll().stream().map(Party::name).toList();
  }

  /** Contracts the caller may see, by status; kept while the list has not changed (V24). */
  public Map<ContractStatus, Long> countByStatus() {
    caller.getClearance();
    return counts.byStatus(
        CurrentCaller.clearanceRankOfCurrentRequest(),
        contracts.listVersion(),
        contracts::countByStatus);
  }

  private Contract existing(String number) {
    return contracts
        .findByNumber(number)
        .orElseThrow(() -> new BusinessException("Unknown contract: " + number));
  }

  private Party party(String name, String role) {
    return parties
        .findByName(name)
        .orElseThrow(() -> new BusinessException("Unknown " + role + ": " + name));
  }
}
