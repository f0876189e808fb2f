package org.clausewatch.restriction.domain;

import java.time.LocalDate;

/** One party's stated position on a restriction, as shown. */
public record PartyPositionView(
    long restrictionId, String partyName, String statement, LocalDate statedOn, String source) {}
