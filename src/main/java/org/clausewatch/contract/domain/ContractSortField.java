package org.clausewatch.contract.domain;

/** Columns the contract list can be sorted by; each is backed by an index or a small table. */
public enum ContractSortField {
  NUMBER,
  TITLE,
  TYPE,
  BUYER,
  VENDOR,
  STATUS,
  CLASSIFICATION,
  CEILING,
  /** Most urgent first when ascending ({@link Urgency}, kept on the contract by V35). */
  URGENCY
}
