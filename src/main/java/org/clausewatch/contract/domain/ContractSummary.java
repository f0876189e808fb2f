package org.clausewatch.contract.domain;

import java.math.BigDecimal;

/** One row of the contract list: only the columns a list shows, read in one query. */
public record ContractSummary(
    String number,
    String title,
    String buyerName,
    String vendorName,
    ContractStatus status,
    BigDecimal ceilingAmount,
    String ceilingCurrency) {}
