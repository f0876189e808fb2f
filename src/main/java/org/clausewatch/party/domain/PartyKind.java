package org.clausewatch.party.domain;

public enum PartyKind {
  GOVERNMENT_AGENCY,
  COMPANY,
  OTHER
}
