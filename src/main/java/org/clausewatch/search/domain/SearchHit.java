package org.clausewatch.search.domain;

/**
 * One result: what it is, the contract it belongs to, its label and an excerpt with the matched
 * words marked.
 *
 * @param clauseNumber the clause it is on (clauses, restrictions, positions, annotations), or null
 * @param subjectId the row's id (a deadline's for its page, an annotation's or restriction's for
 *     its anchor on the clause page)
 */
public record SearchHit(
    SearchKind kind,
    long subjectId,
    String contractNumber,
    String contractTitle,
    String classification,
    String clauseNumber,
    String label,
    Excerpt excerpt,
    double rank) {}
