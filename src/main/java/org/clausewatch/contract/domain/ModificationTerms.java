package org.clausewatch.contract.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a modification changes in the contract itself. Null amounts mean no change; null dates mean
 * the period's start or end stays.
 *
 * @param valueChange change of the ceiling (negative lowers it)
 * @param obligatedChange change of the obligated amount, i.e. funding (negative de-obligates)
 */
public record ModificationTerms(
    String number,
    LocalDate effectiveDate,
    String description,
    BigDecimal valueChange,
    BigDecimal obligatedChange,
    LocalDate newStartDate,
    LocalDate newEndDate) {}
