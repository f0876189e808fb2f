package org.clausewatch.flag.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a contract's flags rest on, read in one go for many contracts ({@link FlagRepository}). Only
 * what is in force: clauses not removed, open disputes, deadlines and dated obligations,
 * restrictions not withdrawn, current positions.
 */
public record ContractFacts(
    long contractId,
    List<ClauseFact> clauses,
    List<DisputeFact> disputes,
    List<DeadlineFact> deadlines,
    List<RestrictionFact> restrictions,
    List<DemandFact> positions,
    List<ObligationFact> obligations) {

  public ContractFacts {
    clauses = List.copyOf(clauses);
    disputes = List.copyOf(disputes);
    deadlines = List.copyOf(deadlines);
    restrictions = List.copyOf(restrictions);
    positions = List.copyOf(positions);
    obligations = List.copyOf(obligations);
  }

  public record ClauseFact(
      long id,
      String number,
      String heading,
      String text,
      LocalDate citedDate,
      LocalDate libraryDate) {}

  /**
   * @param restrictedUse null when the dispute is over the clause itself
   */
  public record DisputeFact(
      long id, long clauseId, String clauseNumber, String restrictedUse, String explanation) {}

  public record DeadlineFact(
      long id,
      String kind,
      String title,
      Instant dueAt,
      String dueZone,
      Instant attentionAt,
      String issuer,
      String demandedAction,
      List<String> consequences) {}

  /**
   * @param kind PROHIBITED or CONDITIONAL
   */
  public record RestrictionFact(long id, long clauseId, String kind, String restrictedUse) {}

  /** A party's current position that asks for something (rejects, or proposes other wording). */
  public record DemandFact(long id, long clauseId, String party, String statement) {}

  /**
   * An open obligation that has a due date (or a series' first date).
   *
   * @param clauseId the clause it comes from, or null
   * @param recurrence its RRULE, or null for a one-time obligation
   * @param settled the occurrences fulfilled, waived or missed
   */
  public record ObligationFact(
      long id,
      String description,
      String owingParty,
      Long clauseId,
      LocalDate due,
      String recurrence,
      Set<LocalDate> settled) {

    public ObligationFact {
      settled = Set.copyOf(settled);
    }
  }
}
