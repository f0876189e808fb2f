package org.clausewatch.contract.domain;

/** Contract types as federal buyers name them. */
public enum ContractType {
  /** Firm-fixed-price. */
  FFP,
  /** Cost-plus-fixed-fee. */
  CPFF,
  /** Time-and-materials. */
  TM,
  /** Indefinite-delivery, indefinite-quantity. */
  IDIQ,
  /** Other transaction authority agreement for a prototype. */
  OTA_PROTOTYPE,
  OTHER
}
