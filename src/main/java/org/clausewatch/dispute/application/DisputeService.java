package org.clausewatch.dispute.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clausewatch.clause.domain.Clause;
import org.clausewatch.clause.domain.ClauseRepository;
import org.clausewatch.contract.domain.ContractRepository;
import org.clausewatch.contract.domain.Modification;
import org.clausewatch.dispute.domain.Dispute;
import org.clausewatch.dispute.domain.DisputeRepository;
import org.clausewatch.dispute.domain.DisputeView;
import org.clausewatch.dispute.domain.PositionView;
import org.clausewatch.dispute.domain.Resolution;
import org.clausewatch.dispute.domain.Stance;
import org.clausewatch.dispute.domain.Standing;
import org.clausewatch.dispute.domain.TermPosition;
import org.clausewatch.dispute.domain.TermView;
import org.clausewatch.party.domain.Party;
import org.clausewatch.party.domain.PartyRepository;
import org.clausewatch.restriction.domain.RestrictionDisputed;
import org.clausewatch.restriction.domain.RestrictionRepository;
import org.clausewatch.restriction.domain.RestrictionView;
import org.clausewatch.restriction.domain.TopicRestriction;
import org.clausewatch.restriction.domain.UsageRestriction;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.CurrentCaller;
import org.clausewatch.shared.security.Role;

/**
 * Records the parties' positions on terms and keeps the disputes they add up to (R1-R4). Positions
 * and disputes on one clause are written one transaction at a time (the clause's row is locked), so
 * two people recording at once each see what the other committed, and a dispute is opened or closed
 * exactly once.
 */
@Stateless
@Allowed
public class DisputeService {

  @Inject private DisputeRepository disputes;
  @Inject private ClauseRepository clauses;
  @Inject private RestrictionRepository restrictions;
  @Inject private PartyRepository parties;
  @Inject private ContractRepository contracts;
  @Inject private CurrentCaller caller;
  @Inject private Clock clock;
  @Inject private Event<RestrictionDisputed> restrictionDisputed;

  /**
   * Records a party's first position on a term: the clause, or one of its usage restrictions.
   *
   * @param restrictionId null for the clause itself
   * @return the position's id
   * @throws BusinessException if the term or party is unknown, the party has a position on the term
   *     already (revise it), or the position breaks a rule; nothing is saved then
   */
  @Allowed(Role.LEGAL)
  public long recordPosition(
      @NotNull String contractNumber,
      @NotNull String clauseNumber,
      Long restrictionId,
      @NotNull String partyName,
      Stance stance,
      @NotNull @Size(max = TermPosition.STATEMENT_MAX_LENGTH) String statement,
      LocalDate statedOn,
      @NotNull @Size(max = TermPosition.SOURCE_MAX_LENGTH) String source) {
    Clause clause =
        clauses
            .find(contractNumber, clauseNumber)
            .orElseThrow(
                () ->
                    new BusinessException(
                        "Contract " + contractNumber + " has no clause " + clauseNumber + "."));
    UsageRestriction restriction = null;
    if (restrictionId != null) {
      restriction = restrictions.find(restrictionId);
      if (restriction == null || !Objects.equals(restriction.clause().id(), clause.id())) {
        throw new BusinessException("Clause " + clauseNumber + " has no such usage restriction.");
      }
      if (restriction.withdrawn()) {
        throw new BusinessException("This usage restriction was withdrawn.");
      }
    }
    if (!contracts.partyNamesOf(contractNumber).contains(partyName)) {
      throw new BusinessException(
          partyName + " is not a party to contract " + contractNumber + ".");
    }
    Party party =
        parties
            .findByName(partyName)
            .orElseThrow(() -> new BusinessException("Unknown party: " + partyName));
    disputes.lockTerms(clause.id());
    Long rid = restriction == null ? null : restriction.id();
    for (TermPosition existing : disputes.latestOn(clause.id(), rid)) {
      if (Objects.equals(existing.party().id(), party.id())) {
        throw new BusinessException(
            partyName
                + " already has a position on this term ("
                + describe(existing)
                + "): revise that one instead.");
      }
    }
    TermPosition position =
        disputes.add(
            TermPosition.stated(
                clause,
                restriction,
                party,
                stance,
                statement,
                statedOn,
                source,
                clock.instant(),
                who()));
    recompute(position, false);
    return position.id();
  }

  /**
   * Replaces a party's latest position with a revised one; the earlier one stays in the history.
   *
   * @return the revised position's id
   * @throws BusinessException if unknown, no longer the latest, changed since {@code
   *     expectedVersion} (the message says what changed), or the revision breaks a rule
   */
  @Allowed(Role.LEGAL)
  public long revisePosition(
      long positionId,
      long expectedVersion,
      Stance stance,
      @NotNull @Size(max = TermPosition.STATEMENT_MAX_LENGTH) String statement,
      LocalDate statedOn,
      @NotNull @Size(max = TermPosition.SOURCE_MAX_LENGTH) String source) {
    TermPosition old = currentPosition(positionId, expectedVersion);
    TermPosition next = old.revise(stance, statement, statedOn, source, clock.instant(), who());
    disputes.flush();
    disputes.add(next);
    recompute(next, false);
    return next.id();
  }

  /**
   * The party no longer holds its latest position on the term.
   *
   * @throws BusinessException if unknown, no longer the latest, or changed since {@code
   *     expectedVersion}
   */
  @Allowed(Role.LEGAL)
  public void withdrawPosition(long positionId, long expectedVersion) {
    TermPosition position = currentPosition(positionId, expectedVersion);
    position.withdraw(clock.instant(), who());
    recompute(position, true);
  }

  private TermPosition currentPosition(long positionId, long expectedVersion) {
    TermPosition position = disputes.position(positionId);
    if (position == null) {
      throw new BusinessException("Unknown position " + positionId + ".");
    }
    disputes.lockTerms(position.clause().id());
    disputes.refresh(position);
    if (position.version() != expectedVersion) {
      throw new BusinessException(
          "Someone else changed this position meanwhile: "
              + describe(position)
              + ". Reload the page to see it, then make your change again.");
    }
    return position;
  }

  /**
   * Opens a dispute when the term's latest stances now disagree, and closes the open one when they
   * no longer do (R2): the only way a dispute opens, so "disputed" never contradicts the stances.
   */
  private void recompute(TermPosition cause, boolean withdrawal) {
    long clauseId = cause.clause().id();
    Long restrictionId = cause.restriction() == null ? null : cause.restriction().id();
    Standing standing = standingOf(disputes.latestOn(clauseId, restrictionId));
    Dispute open = disputes.openOn(clauseId, restrictionId);
    if (standing.disputed() && open == null) {
      Dispute opened = disputes.add(Dispute.opened(cause, standing, clock.instant()));
      if (restrictionId != null) {
        restrictionDisputed.fire(new RestrictionDisputed(restrictionId, opened.id()));
      }
    } else if (!standing.disputed()
        && open != null
        && (open.openedByPositionId() != null || standing.kind() == Standing.Kind.AGREED)) {
      open.settle(
          withdrawal ? Resolution.WITHDRAWN_DEMAND : Resolution.POSITIONS_AGREE,
          clock.instant(),
          who());
    }
  }

  private static Standing standingOf(List<TermPosition> latest) {
    return Standing.of(
        latest.stream().map(p -> new Standing.Latest(p.party().name(), p.stance())).toList());
  }

  /**
   * @throws BusinessException if unknown, closed, escalated already or changed meanwhile
   */
  @Allowed(Role.LEGAL)
  public void escalate(
      long disputeId, long expectedVersion, @Size(max = Dispute.NOTE_MAX_LENGTH) String note) {
    current(disputeId, expectedVersion).escalate(note, clock.instant(), who());
  }

  /**
   * Resolved by a modification of the contract, with what it settled.
   *
   * @throws BusinessException if unknown, closed, changed meanwhile, or the contract has no such
   *     modification
   */
  @Allowed(Role.LEGAL)
  public void resolveByModification(
      long disputeId,
      long expectedVersion,
      @NotNull String modificationNumber,
      @Size(max = Dispute.NOTE_MAX_LENGTH) String note) {
    Dispute dispute = current(disputeId, expectedVersion);
    Modification modification =
        dispute.contract().modifications().stream()
            .filter(m -> m.number().equalsIgnoreCase(modificationNumber.strip()))
            .findFirst()
            .orElseThrow(
                () ->
                    new BusinessException(
                        "Contract "
                            + dispute.contract().number()
                            + " has no modification "
                            + modificationNumber.strip()
                            + "."));
    dispute.resolveBy(modification, note, clock.instant(), who());
  }

  /**
   * @throws BusinessException if unknown, closed or changed meanwhile
   */
  @Allowed(Role.LEGAL)
  public void abandon(
      long disputeId, long expectedVersion, @Size(max = Dispute.NOTE_MAX_LENGTH) String note) {
    current(disputeId, expectedVersion).abandon(note, clock.instant(), who());
  }

  private Dispute current(long disputeId, long expectedVersion) {
    Dispute dispute = disputes.dispute(disputeId);
    if (dispute == null) {
      throw new BusinessException("Unknown dispute " + disputeId + ".");
    }
    disputes.lockTerms(dispute.clause().id());
    disputes.refresh(dispute);
    if (dispute.version() != expectedVersion) {
      throw new BusinessException(
          "Someone else changed this dispute meanwhile (it is now "
              + dispute.state().name().toLowerCase(java.util.Locale.ROOT)
              + "). Reload the page to see their change.");
    }
    return dispute;
  }

  /** One dispute; empty if unknown or hidden by clearance. */
  public Optional<DisputeView> dispute(long disputeId) {
    return Optional.ofNullable(disputes.disputeView(disputeId));
  }

  /** One position, for its revision form; empty if unknown or hidden by clearance. */
  public Optional<PositionView> position(long positionId) {
    TermPosition p = disputes.position(positionId);
    return Optional.ofNullable(p)
        .map(
            x ->
                new PositionView(
                    x.id(),
                    x.version(),
                    x.clause().id(),
                    x.restriction() == null ? null : x.restriction().id(),
                    x.party().name(),
                    x.stance(),
                    x.statement(),
                    x.statedOn(),
                    x.source(),
                    x.state(),
                    null,
                    null,
                    x.closedAt(),
                    x.closedBy()));
  }

  /**
   * A clause of a contract with its terms, positions and disputes: four statements. Empty if the
   * clause is unknown or its contract above the caller's clearance.
   */
  public Optional<ClauseTerms> clauseTerms(
      @NotNull String contractNumber, @NotNull String clauseNumber) {
    return clauses
        .viewOf(contractNumber, clauseNumber)
        .map(
            clause -> {
              List<RestrictionView> mine =
                  restrictions.viewsOf(contractNumber).stream()
                      .filter(r -> r.clauseId() == clause.id())
                      .toList();
              Map<Long, TermView> views =
                  termsOfClause(clause.id(), mine.stream().map(RestrictionView::id).toList());
              return new ClauseTerms(
                  clause.id(),
                  contractNumber,
                  clause.number(),
                  clause.heading(),
                  clause.removed(),
                  views.get(0L),
                  mine.stream().map(r -> term(r, views.get(r.id()))).toList());
            });
  }

  /**
   * The usage restrictions of a contract, each with its latest positions and open dispute: three
   * statements.
   */
  public List<RestrictionTerm> restrictionsOf(@NotNull String contractNumber) {
    List<RestrictionView> views = restrictions.viewsOf(contractNumber);
    if (views.isEmpty()) {
      return List.of();
    }
    Map<Long, TermView> terms = restrictionTermsOf(contractNumber);
    return views.stream().map(r -> term(r, terms.get(r.id()))).toList();
  }

  private static RestrictionTerm term(RestrictionView r, TermView view) {
    return new RestrictionTerm(
        r.id(),
        r.clauseId(),
        r.clauseNumber(),
        r.clauseHeading(),
        r.restrictedUse(),
        r.kind().name(),
        r.condition(),
        r.withdrawn(),
        view != null
            ? view
            : new TermView(
                r.clauseId(), r.id(), Standing.of(List.of()), List.of(), List.of(), List.of()));
  }

  /**
   * A topic across every contract and vendor the caller may see (R5): four statements. Empty if the
   * topic is unknown.
   */
  public Optional<TopicComparison> topic(long topicId) {
    return Optional.ofNullable(restrictions.topic(topicId))
        .map(
            topic -> {
              List<TopicRestriction> about = restrictions.aboutTopic(topicId, TopicComparison.MAX);
              List<Long> ids = about.stream().map(TopicRestriction::restrictionId).toList();
              List<PositionView> latest = disputes.latestOnRestrictions(ids);
              List<DisputeView> open = disputes.openOnRestrictions(ids);
              List<TopicComparison.Row> rows =
                  about.stream()
                      .map(
                          r ->
                              new TopicComparison.Row(
                                  r.contractNumber(),
                                  r.contractTitle(),
                                  r.marking(),
                                  r.buyer(),
                                  r.vendor(),
                                  r.clauseNumber(),
                                  r.restrictedUse(),
                                  r.kind().name(),
                                  r.condition(),
                                  r.withdrawn(),
                                  term(
                                      r.clauseId(),
                                      r.restrictionId(),
                                      latest.stream()
                                          .filter(p -> r.restrictionId() == p.restrictionId())
                                          .toList(),
                                      open.stream()
                                          .filter(d -> r.restrictionId() == d.restrictionId())
                                          .toList())))
                      .toList();
              List<TopicComparison.Without> without =
                  restrictions
                      .withoutTopic(
                          topicId,
                          about.stream().map(TopicRestriction::buyerId).distinct().toList(),
                          TopicComparison.MAX)
                      .stream()
                      .map(
                          c ->
                              new TopicComparison.Without(
                                  c.number(), c.title(), c.marking(), c.buyer(), c.vendor()))
                      .toList();
              return new TopicComparison(
                  topic.id(), topic.name(), topic.description(), rows, without);
            });
  }

  /** Who can take a position on the contract's terms: buyer, vendor and participants, by name. */
  public List<String> partiesOf(@NotNull String contractNumber) {
    return contracts.partyNamesOf(contractNumber);
  }

  /** The numbers of the contract's modifications, in order; empty if unknown or hidden. */
  public List<String> modificationNumbersOf(@NotNull String contractNumber) {
    return contracts
        .findByNumber(contractNumber)
        .map(c -> c.modifications().stream().map(Modification::number).toList())
        .orElse(List.of());
  }

  /**
   * Every term of a clause (the clause itself and each restriction given) with its positions and
   * disputes: two statements.
   */
  public Map<Long, TermView> termsOfClause(long clauseId, List<Long> restrictionIds) {
    List<PositionView> positions = disputes.positionsOfClause(clauseId);
    List<DisputeView> all = disputes.disputesOfClause(clauseId);
    Map<Long, TermView> terms = new LinkedHashMap<>();
    List<Long> keys = new ArrayList<>();
    keys.add(null);
    keys.addAll(restrictionIds);
    for (Long key : keys) {
      terms.put(
          key == null ? 0L : key,
          term(
              clauseId,
              key,
              positions.stream().filter(p -> Objects.equals(p.restrictionId(), key)).toList(),
              all.stream().filter(d -> Objects.equals(d.restrictionId(), key)).toList()));
    }
    return terms;
  }

  /**
   * The usage restrictions of a contract with their latest positions and open dispute, by
   * restriction id: two statements.
   */
  public Map<Long, TermView> restrictionTermsOf(@NotNull String contractNumber) {
    List<PositionView> latest = disputes.latestOfContract(contractNumber);
    List<DisputeView> open = disputes.openOfContract(contractNumber);
    Map<Long, TermView> terms = new LinkedHashMap<>();
    latest.stream()
        .map(PositionView::restrictionId)
        .filter(Objects::nonNull)
        .distinct()
        .forEach(id -> terms.put(id, null));
    open.stream()
        .map(DisputeView::restrictionId)
        .filter(Objects::nonNull)
        .forEach(id -> terms.put(id, null));
    terms.replaceAll(
        (id, none) -> {
          List<PositionView> mine =
              latest.stream().filter(p -> id.equals(p.restrictionId())).toList();
          long clauseId =
              mine.isEmpty()
                  ? open.stream()
                      .filter(d -> id.equals(d.restrictionId()))
                      .findFirst()
                      .orElseThrow()
                      .clauseId()
                  : mine.get(0).clauseId();
          return term(
              clauseId, id, mine, open.stream().filter(d -> id.equals(d.restrictionId())).toList());
        });
    return terms;
  }

  private static TermView term(
      long clauseId, Long restrictionId, List<PositionView> positions, List<DisputeView> disputes) {
    List<PositionView> latest = positions.stream().filter(PositionView::current).toList();
    Standing standing =
        Standing.of(latest.stream().map(p -> new Standing.Latest(p.party(), p.stance())).toList());
    List<PositionView> history =
        positions.stream()
            .sorted(
                Comparator.comparing(PositionView::party)
                    .thenComparing(PositionView::recordedAt, Comparator.reverseOrder()))
            .toList();
    return new TermView(clauseId, restrictionId, standing, latest, history, disputes);
  }

  private static String describe(TermPosition p) {
    return p.party().name()
        + (p.stance() == null ? " stated a position" : " " + p.stance().words())
        + ", "
        + p.state().name().toLowerCase(java.util.Locale.ROOT)
        + (p.closedBy() == null ? "" : " by " + p.closedBy() + " at " + p.closedAt());
  }

  private String who() {
    return caller.username().orElseThrow(() -> new BusinessException("Nobody is signed in"));
  }
}
