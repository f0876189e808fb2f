package org.clausewatch.contract.domain;

/** Another party of a contract and its role, as shown. */
public record ParticipantLine(String partyName, String role) {}
