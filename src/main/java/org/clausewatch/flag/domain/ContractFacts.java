package org.clausewatch.flag.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a contract's flags rest on, read in one go for many contracts ({@link FlagRepository}). Only
 * what is in force: clauses not removed, open disputes and deadlines, restrictions not withdrawn,
 * current positions.
 */
public record ContractFacts(
    long contractId,
    List<ClauseFact> clauses,
    List<DisputeFact> disputes,
    List<DeadlineFact> deadlines,
    List<RestrictionFact> restrictions,
    List<DemandFact> positions) {

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
}
