package org.clausewatch.party.application;

import org.clausewatch.party.domain.PartyKind;

/** A party in the directory list, with the version an edit is checked against. */
public record PartyLine(
    long id,
    long version,
    String name,
    PartyKind kind,
    String uei,
    String cageCode,
    String description) {}
