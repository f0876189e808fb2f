package org.clausewatch.clause.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.clausewatch.clause.domain.Clause;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.clause.domain.ClauseRepository;
import org.clausewatch.clause.domain.ClauseReworded;
import org.clausewatch.clause.domain.ClauseView;
import org.clausewatch.clause.domain.StandardClause;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.ContractNumber;
import org.clausewatch.contract.domain.ContractRepository;
import org.clausewatch.contract.domain.Modification;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Page;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;

/** Adds clauses to contracts and reads them with their library entries. */
@Stateless
@Allowed
public class ClauseService {

  @Inject private ClauseRepository clauses;
  @Inject private ContractRepository contracts;
  @Inject private ContractService contractService;
  @Inject private Event<ClauseReworded> rewordings;

  /**
   * Appends a clause after the contract's last one: a local clause (H-1...) or any wording.
   *
   * @throws BusinessException if the contract is unknown, the number is used in the contract, or
   *     the clause is incomplete
   */
  @Allowed({Role.CONTRACTING_OFFICER, Role.LEGAL})
  public Clause append(
      @NotNull String contractNumber,
      @NotNull String number,
      YearMonth cited,
      @NotNull String heading,
      @NotNull String text,
      @NotNull ClauseCategory category) {
    return appendTo(existingContract(contractNumber), number, cited, heading, text, category);
  }

  /**
   * Adds a FAR/DFARS clause from the library with its wording; the cited date defaults to the
   * library's and may be an older one (R3).
   *
   * @param contractNumber as typed, in any case
   * @return the contract's number as stored
   * @throws BusinessException if the contract or library clause is unknown, the contract has the
   *     clause already, or the cited date is after the library's
   */
  @Allowed({Role.CONTRACTING_OFFICER, Role.LEGAL})
  public String addFromLibrary(
      @NotNull String contractNumber,
      @NotNull String libraryNumber,
      YearMonth cited,
      @NotNull ClauseCategory category) {
    Contract contract = existingContract(contractNumber);
    StandardClause entry = requireLibraryEntry(libraryNumber);
    appendTo(
        contract, entry.number(), citedDate(entry, cited), entry.title(), entry.text(), category);
    return contract.number();
  }

  Clause appendTo(
      Contract contract,
      String number,
      YearMonth cited,
      String heading,
      String text,
      ClauseCategory category) {
    String n = number == null ? "" : number.strip();
    if (clauses.numberUsed(contract.id(), n)) {
      throw new BusinessException(
          "Contract " + contract.number() + " already has a clause " + n + ".");
    }
    return clauses.add(
        new Clause(
            contract, clauses.nextPosition(contract.id()), n, cited, heading, text, category));
  }

  StandardClause requireLibraryEntry(String libraryNumber) {
    return clauses
        .standard(libraryNumber.strip())
        .orElseThrow(
            () ->
                new BusinessException("The library has no clause " + libraryNumber.strip() + "."));
  }

  static YearMonth citedDate(StandardClause entry, YearMonth cited) {
    YearMonth library = entry.clauseDate() == null ? null : YearMonth.from(entry.clauseDate());
    if (cited == null) {
      return library;
    }
    if (library != null && cited.isAfter(library)) {
      throw new BusinessException(
          "The library's newest version of "
              + entry.number()
              + " is dated "
              + library
              + "; a contract cannot cite a later one.");
    }
    return cited;
  }

  /** The contract numbered as typed, in any case ({@link ContractNumber#asStored}). */
  Contract existingContract(String contractNumber) {
    return contracts
        .findByNumber(ContractNumber.asStored(contractNumber))
        .orElseThrow(() -> new BusinessException("Unknown contract: " + contractNumber));
  }

  /**
   * Applies a modification to a contract and, in the same transaction, its clause changes: each
   * added, revised or removed clause version names the modification (R4). All or nothing.
   *
   * @return the modification, as saved
   * @throws BusinessException if the modification or any clause change breaks a rule; nothing is
   *     saved then
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public Modification applyModification(
      @NotNull String contractNumber,
      @NotNull @Valid NewModification request,
      @NotNull List<@NotNull ClauseChange> changes) {
    Modification modification = contractService.applyModification(contractNumber, request.terms());
    Contract contract = modification.contract();
    for (ClauseChange change : changes) {
      switch (change.kind()) {
        case ADD_FROM_LIBRARY -> {
          StandardClause entry = requireLibraryEntry(change.number());
          appendTo(
                  contract,
                  entry.number(),
                  citedDate(entry, change.cited()),
                  entry.title(),
                  entry.text(),
                  category(change))
              .addedBy(modification);
        }
        case ADD_LOCAL ->
            appendTo(
                    contract,
                    change.number(),
                    change.cited(),
                    change.heading(),
                    change.text(),
                    category(change))
                .addedBy(modification);
        case REVISE -> {
          Clause clause = existingClause(contractNumber, change.number());
          String before = clause.text();
          clause.reviseBy(modification, change.heading(), change.text());
          reworded(clause, before);
        }
        case REMOVE -> existingClause(contractNumber, change.number()).removeBy(modification);
      }
    }
    return modification;
  }

  private static ClauseCategory category(ClauseChange change) {
    return change.category() == null ? ClauseCategory.OTHER : change.category();
  }

  private Clause existingClause(String contractNumber, String clauseNumber) {
    String n = clauseNumber == null ? "" : clauseNumber.strip();
    return clauses
        .find(contractNumber, n)
        .orElseThrow(
            () ->
                new BusinessException("Contract " + contractNumber + " has no clause " + n + "."));
  }

  /** Whether the contract exists and the caller is cleared to see it. */
  public boolean contractKnown(@NotNull String contractNumber) {
    return contractService.find(contractNumber).isPresent();
  }

  /** The P-number the contract's next modification would usually get; null if unknown. */
  public String nextModificationNumber(@NotNull String contractNumber) {
    return contractService.nextModificationNumber(contractNumber).orElse(null);
  }

  /** One clause of a contract; empty if unknown or the contract is above the caller's clearance. */
  public Optional<ClauseView> clause(@NotNull String contractNumber, @NotNull String clauseNumber) {
    return clauses.viewOf(contractNumber, clauseNumber);
  }

  /** A page of the FAR/DFARS library, by number; {@code text} searches number, title and words. */
  public Page<LibraryEntry> library(String text, @NotNull PageRequest page) {
    long total = clauses.countLibrary(text);
    return new Page<>(
        total > page.offset()
            ? clauses.searchLibrary(text, page.offset(), page.limit()).stream()
                .map(LibraryEntry::of)
                .toList()
            : List.of(),
        total);
  }

  /** One library clause by number, or empty. */
  public Optional<LibraryEntry> libraryEntry(@NotNull String number) {
    return clauses.standard(number.strip()).map(LibraryEntry::of);
  }

  /**
   * Corrects a typo in a clause's executed wording (R6), unless someone else changed it since
   * {@code expectedVersion} was read; {@code note} says what was corrected and goes into the
   * history with the new wording. Other changes of wording go through a modification.
   *
   * @throws BusinessException if the clause is unknown, was changed meanwhile, the new wording is
   *     incomplete or the note missing; nothing changes then
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void correct(
      @NotNull String contractNumber,
      @NotNull String clauseNumber,
      long expectedVersion,
      String heading,
      String text,
      String note) {
    Clause clause =
        clauses
            .find(contractNumber, clauseNumber)
            .orElseThrow(
                () ->
                    new BusinessException(
                        "Unknown clause " + clauseNumber + " of contract " + contractNumber));
    if (clause.version() != expectedVersion) {
      throw new BusinessException(
          "Someone else changed clause "
              + clauseNumber
              + " meanwhile. Reload the page to see their wording, then make your change again.");
    }
    String before = clause.text();
    clause.correct(heading, text, note);
    reworded(clause, before);
  }

  private void reworded(Clause clause, String before) {
    if (!before.equals(clause.text())) {
      rewordings.fire(new ClauseReworded(clause.id(), before, clause.text(), clause.version() + 1));
    }
  }

  /** The contract's clauses in order, each with its library title and date: one statement. */
  public List<ClauseView> clausesOf(@NotNull String contractNumber) {
    return clauses.viewsOf(contractNumber);
  }

  public Optional<StandardClause> standard(@NotNull String number) {
    return clauses.standard(number);
  }
}
