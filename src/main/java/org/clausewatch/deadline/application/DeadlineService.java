package org.clausewatch.deadline.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.clausewatch.clause.domain.Clause;
import org.clausewatch.clause.domain.ClauseRepository;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.ContractRepository;
import org.clausewatch.deadline.domain.Deadline;
import org.clausewatch.deadline.domain.DeadlineChanged;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.deadline.domain.DeadlineRepository;
import org.clausewatch.deadline.domain.DeadlineStatus;
import org.clausewatch.deadline.domain.DeadlineView;
import org.clausewatch.deadline.domain.Obligation;
import org.clausewatch.deadline.domain.ObligationChanged;
import org.clausewatch.deadline.domain.ObligationOccurrence;
import org.clausewatch.deadline.domain.ObligationView;
import org.clausewatch.deadline.domain.OccurrenceOutcome;
import org.clausewatch.deadline.domain.Recurrence;
import org.clausewatch.party.domain.Party;
import org.clausewatch.party.domain.PartyRepository;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.CurrentCaller;
import org.clausewatch.shared.security.Role;

/** Sets deadlines and reads deadlines and obligations. */
@Stateless
@Allowed
public class DeadlineService {

  /** How many future occurrences of a recurring obligation the contract page shows. */
  public static final int NEXT_OCCURRENCES = 3;

  /** How many past occurrences (settled or overdue) the contract page shows. */
  public static final int PAST_OCCURRENCES = 4;

  @Inject private DeadlineRepository deadlines;
  @Inject private ContractRepository contracts;
  @Inject private PartyRepository parties;
  @Inject private Clock clock;
  @Inject private ClauseRepository clauses;
  @Inject private CurrentCaller caller;
  @Inject private Event<DeadlineChanged> changes;
  @Inject private Event<ObligationChanged> obligationChanges;

  /**
   * Sets a deadline on a contract, stated in {@code due}'s zone.
   *
   * @param consequences in the order they were threatened
   * @throws BusinessException if the contract or a party is unknown or a field is invalid
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public Deadline set(
      @NotNull String contractNumber,
      @NotNull String title,
      @NotNull DeadlineKind kind,
      @NotNull ZonedDateTime due,
      String issuerName,
      String responsibleName,
      String demandedAction,
      @NotNull List<String> consequences) {
    return enter(
        contractNumber,
        title,
        kind,
        due,
        issuerName,
        responsibleName,
        demandedAction,
        consequences,
        null);
  }

  private Deadline enter(
      String contractNumber,
      String title,
      DeadlineKind kind,
      ZonedDateTime due,
      String issuerName,
      String responsibleName,
      String demandedAction,
      List<String> consequences,
      String alertSteps) {
    Contract contract =
        contracts
            .findByNumber(contractNumber)
            .orElseThrow(() -> new BusinessException("Unknown contract: " + contractNumber));
    Party issuer = issuerName == null ? null : party(issuerName);
    Party responsible = responsibleName == null ? null : party(responsibleName);
    Deadline deadline = new Deadline(contract, title, kind, due);
    deadline.demand(issuer, responsible, demandedAction);
    consequences.forEach(deadline::threaten);
    deadlines.add(deadline);
    changes.fire(
        DeadlineChanged.entered(
            deadline, caller.username().orElse("system"), clock.instant(), alertSteps));
    return deadline;
  }

  /**
   * Sets a deadline from the deadline form: as {@link #set}, with when it was issued.
   *
   * @throws BusinessException as {@link #set}, or if it was issued after it is due, or if its alert
   *     steps do not read (the feature that alerts says which one; nothing is saved)
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public long create(@NotNull String contractNumber, @NotNull @Valid NewDeadline request) {
    ZonedDateTime due = request.due();
    Deadline deadline =
        enter(
            contractNumber,
            request.title(),
            request.kind(),
            due,
            blankToNull(request.issuerName()),
            blankToNull(request.responsibleName()),
            request.demandedAction(),
            request.consequences().stream().filter(c -> c != null && !c.isBlank()).toList(),
            blankToNull(request.alertSteps()));
    deadline.issuedAt(request.issued() == null ? null : request.issued().toInstant());
    return deadline.id();
  }

  /**
   * Moves an open deadline's due time later, keeping the old one with the reason (R6).
   *
   * @throws BusinessException if the deadline is unknown, closed, changed meanwhile, the new time
   *     is not later or the reason is missing
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void extend(
      long deadlineId,
      long expectedVersion,
      @NotNull ZonedDateTime newDue,
      @NotNull @Size(max = Deadline.NOTE_MAX_LENGTH) String reason) {
    Deadline deadline = current(deadlineId, expectedVersion);
    Instant now = clock.instant();
    deadline.extend(newDue, reason, callerName(), now);
    changes.fire(DeadlineChanged.extended(deadline, callerName(), now));
  }

  /**
   * Closes an open deadline as met, missed or withdrawn, by the caller, now (R7).
   *
   * @throws BusinessException if the deadline is unknown, closed already or changed meanwhile
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void close(
      long deadlineId,
      long expectedVersion,
      @NotNull DeadlineStatus outcome,
      @Size(max = Deadline.NOTE_MAX_LENGTH) String note) {
    Deadline deadline = current(deadlineId, expectedVersion);
    Instant now = clock.instant();
    deadline.close(outcome, callerName(), now, note);
    changes.fire(DeadlineChanged.closed(deadline, callerName(), now));
  }

  /**
   * Corrects a deadline: its title, issuer, the party responsible, the demanded action, when it was
   * issued and the consequences threatened (one threatened since, one recorded by mistake). All of
   * it or nothing is saved; its due time moves only by {@link #extend}. Consequences it adds are
   * announced ({@link DeadlineChanged.Change#THREATENED}) for alerts.
   *
   * @throws BusinessException if the deadline is unknown or changed meanwhile, a party is unknown,
   *     a field is invalid, or it would be issued after it is due
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void changeDeadline(
      long deadlineId, long expectedVersion, @NotNull @Valid DeadlineChange change) {
    Deadline deadline = current(deadlineId, expectedVersion);
    String issuer = blankToNull(change.issuerName());
    String responsible = blankToNull(change.responsibleName());
    deadline.retitle(change.title());
    deadline.demand(
        issuer == null ? null : party(issuer),
        responsible == null ? null : party(responsible),
        change.demandedAction());
    deadline.issuedAt(
        change.issuedAt() == null
            ? null
            : change.issuedAt().atZone(deadline.dueInStatedZone().getZone()).toInstant());
    List<String> added =
        deadline.replaceConsequences(
            change.consequences().stream().filter(c -> c != null && !c.isBlank()).toList());
    if (!added.isEmpty()) {
      changes.fire(DeadlineChanged.threatened(deadline, callerName(), clock.instant(), added));
    }
  }

  /** One deadline with its extensions; empty if unknown or above the caller's clearance. */
  public Optional<DeadlineDetails> deadline(long deadlineId) {
    return Optional.ofNullable(deadlines.find(deadlineId)).map(DeadlineDetails::of);
  }

  /**
   * Records what a party owes under a contract: once, or by an RFC 5545 rule (R4).
   *
   * @throws BusinessException if the contract, party or clause is unknown or a field is invalid
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public long createObligation(
      @NotNull String contractNumber, @NotNull @Valid NewObligation request) {
    Contract contract = existingContract(contractNumber);
    Party owing = party(request.owingPartyName());
    Clause source = sourceClause(contractNumber, request.sourceClauseNumber());
    String rule = blankToNull(request.recurrence());
    Obligation obligation =
        rule == null
            ? Obligation.dueOn(contract, owing, request.description(), source, request.dueDate())
            : Obligation.recurring(
                contract, owing, request.description(), source, request.dueDate(), rule);
    obligation.assignTo(request.responsiblePerson());
    long id = deadlines.add(obligation).id();
    obligationChanges.fire(new ObligationChanged(id, request.dueDate()));
    return id;
  }

  /**
   * Corrects an obligation: what is owed, by which party, under which clause, who follows it up,
   * and the due date of a one-time obligation nobody settled. All of it or nothing is saved.
   *
   * @throws BusinessException if the obligation is unknown or changed meanwhile, the party or
   *     clause is unknown, a field is invalid, or the due date may not move (see {@link
   *     Obligation#moveDueDate})
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void changeObligation(
      long obligationId, long expectedVersion, @NotNull @Valid ObligationChange change) {
    Obligation obligation = currentObligation(obligationId, expectedVersion);
    String contractNumber = obligation.contract().number();
    obligation.revise(
        party(change.owingPartyName()),
        change.description(),
        sourceClause(contractNumber, change.sourceClauseNumber()));
    obligation.assignTo(change.responsiblePerson());
    LocalDate moved = null;
    if (change.dueDate() != null && !change.dueDate().equals(obligation.dueDate())) {
      obligation.moveDueDate(change.dueDate());
      moved = change.dueDate();
    }
    obligationChanges.fire(new ObligationChanged(obligationId, moved));
  }

  /**
   * One obligation of a contract as its page shows it; empty if unknown, of another contract, or
   * above the caller's clearance.
   */
  public Optional<ObligationView> obligationOf(@NotNull String contractNumber, long obligationId) {
    return deadlines.obligationOf(
        contractNumber, obligationId, today(), PAST_OCCURRENCES, NEXT_OCCURRENCES);
  }

  /**
   * One occurrence of an obligation of a contract, as the settle page shows it: the obligation as
   * the contract page shows it, and the occurrence, open (no outcome) or how it was settled. Empty
   * if the obligation is unknown, of another contract or above the caller's clearance, or if it
   * does not fall due on {@code date} (an ended series no longer falls due after its last day
   * owed).
   */
  public Optional<ObligationOccurrence> occurrenceOf(
      @NotNull String contractNumber, long obligationId, @NotNull LocalDate date) {
    return deadlines.occurrenceOf(
        contractNumber, obligationId, date, today(), PAST_OCCURRENCES, NEXT_OCCURRENCES);
  }

  /**
   * The next {@code count} dates of a rule from {@code start} (today if null), for the form's
   * preview.
   *
   * @throws BusinessException if the rule does not parse
   */
  public List<LocalDate> preview(@NotNull String rule, LocalDate start, int count) {
    LocalDate from = start != null ? start : today();
    return Recurrence.parse(rule).occurrences(from, from, Math.min(Math.max(count, 1), 24));
  }

  /**
   * Settles one occurrence of an obligation: fulfilled, waived or missed, by the caller, now (R8).
   *
   * @throws BusinessException if the obligation is unknown, the date is not an occurrence, it was
   *     settled already, or the obligation changed meanwhile
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void settle(
      long obligationId,
      long expectedVersion,
      @NotNull LocalDate occurrence,
      @NotNull OccurrenceOutcome outcome,
      @Size(max = Obligation.NOTE_MAX_LENGTH) String note) {
    Obligation obligation = currentObligation(obligationId, expectedVersion);
    obligation.settle(occurrence, outcome, callerName(), clock.instant(), note);
    obligationChanges.fire(new ObligationChanged(obligationId));
  }

  /**
   * Ends a recurring obligation: nothing after {@code lastOwed} is owed any more; the caller and
   * now are recorded with the reason.
   *
   * @throws BusinessException if the obligation is unknown, changed meanwhile, or cannot end there
   *     (see {@link Obligation#end})
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void endObligation(
      long obligationId,
      long expectedVersion,
      @NotNull LocalDate lastOwed,
      @NotNull @Size(max = Obligation.NOTE_MAX_LENGTH) String reason) {
    Obligation obligation = currentObligation(obligationId, expectedVersion);
    obligation.end(lastOwed, callerName(), clock.instant(), reason);
    obligationChanges.fire(new ObligationChanged(obligationId));
  }

  /**
   * Reopens an ended obligation: owed again by its rule as it was before the end (see {@link
   * Obligation#reopen}), with the caller, now and the reason.
   *
   * @throws BusinessException if the obligation is unknown, changed meanwhile, was not ended, or
   *     the reason is missing or too long
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void reopenObligation(
      long obligationId,
      long expectedVersion,
      @NotNull @Size(max = Obligation.NOTE_MAX_LENGTH) String reason) {
    Obligation obligation = currentObligation(obligationId, expectedVersion);
    LocalDate owedAgainFrom = obligation.reopen(callerName(), clock.instant(), reason);
    obligationChanges.fire(new ObligationChanged(obligationId, owedAgainFrom));
  }

  /** The contract's parties (buyer, vendor, participants) for the form's choices. */
  public List<String> partiesOf(@NotNull String contractNumber) {
    return contracts.partyNamesOf(contractNumber);
  }

  private Clause sourceClause(String contractNumber, String clauseNumber) {
    if (clauseNumber == null || clauseNumber.isBlank()) {
      return null;
    }
    String number = clauseNumber.strip();
    return clauses
        .find(contractNumber, number)
        .orElseThrow(
            () -> new BusinessException("Contract " + contractNumber + " has no clause " + number));
  }

  private Obligation currentObligation(long obligationId, long expectedVersion) {
    Obligation obligation = deadlines.findObligation(obligationId);
    if (obligation == null) {
      throw new BusinessException("Unknown obligation " + obligationId);
    }
    if (obligation.version() != expectedVersion) {
      throw new BusinessException(
          "Someone else settled or changed this obligation meanwhile. Reload the page to see"
              + " what changed.");
    }
    return obligation;
  }

  private Deadline current(long deadlineId, long expectedVersion) {
    Deadline deadline = deadlines.find(deadlineId);
    if (deadline == null) {
      throw new BusinessException("Unknown deadline " + deadlineId);
    }
    if (deadline.version() != expectedVersion) {
      throw new BusinessException(
          "Someone else changed this deadline meanwhile (it is now "
              + deadline.status().name().toLowerCase(java.util.Locale.ROOT)
              + ", due "
              + deadline.dueInStatedZone().toLocalDateTime()
              + " "
              + deadline.dueZone()
              + "). Reload the page, then make your change again.");
    }
    return deadline;
  }

  private String callerName() {
    return caller.username().orElseThrow(() -> new BusinessException("Nobody is signed in"));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private Contract existingContract(String contractNumber) {
    return contracts
        .findByNumber(contractNumber)
        .orElseThrow(() -> new BusinessException("Unknown contract: " + contractNumber));
  }

  public List<DeadlineView> deadlinesOf(@NotNull String contractNumber) {
    return deadlines.viewsOf(contractNumber);
  }

  /** Open deadlines of all contracts whose time has passed, latest first. */
  public List<DeadlineView> overdue(int max) {
    return deadlines.openBefore(clock.instant(), max);
  }

  /** Open deadlines of all contracts due from now to now + {@code window}, soonest first. */
  public List<DeadlineView> upcoming(@NotNull Duration window, int max) {
    Instant now = clock.instant();
    return deadlines.openBetween(now, now.plus(window), max);
  }

  public List<ObligationView> obligationsOf(@NotNull String contractNumber) {
    return deadlines.obligationsOf(contractNumber, today(), PAST_OCCURRENCES, NEXT_OCCURRENCES);
  }

  private Party party(String name) {
    return parties
        .findByName(name)
        .orElseThrow(() -> new BusinessException("Unknown party: " + name));
  }
}
