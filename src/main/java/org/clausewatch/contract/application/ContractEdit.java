package org.clausewatch.contract.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.Money;

/**
 * The fields of a contract that can be changed after registration, validated as a whole. The period
 * has both dates or neither; the number changes only before award.
 */
public record ContractEdit(
    @NotBlank @Size(max = Contract.NUMBER_MAX_LENGTH) String number,
    @NotBlank @Size(max = Contract.TITLE_MAX_LENGTH) String title,
    @Size(max = Contract.DESCRIPTION_MAX_LENGTH) String description,
    @NotNull ContractType type,
    @NotNull
        @DecimalMin("0.00")
        @Digits(integer = Money.PRECISION - Money.SCALE, fraction = Money.SCALE)
        BigDecimal ceilingAmount,
    @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
    LocalDate awardDate,
    LocalDate periodStart,
    LocalDate periodEnd,
    @NotNull Classification classification) {}
