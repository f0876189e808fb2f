package org.clausewatch.contract.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A modification in the contract's history, as shown. */
public record ModificationLine(
    String number,
    LocalDate effectiveDate,
    String description,
    BigDecimal valueChange,
    BigDecimal obligatedChange,
    LocalDate newStartDate,
    LocalDate newEndDate) {}
