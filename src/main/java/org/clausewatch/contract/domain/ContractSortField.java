package org.clausewatch.contract.domain;

/** Columns the contract list can be sorted by; each maps to an indexed or cheap column. */
public enum ContractSortField {
  NUMBER,
  TITLE,
  BUYER,
  VENDOR,
  STATUS,
  CEILING
}
