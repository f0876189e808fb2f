package org.clausewatch.contract.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.shared.Money;

/** What it takes to register a contract; validated as a whole before anything is saved. */
public record NewContract(
    @NotBlank @Size(max = Contract.NUMBER_MAX_LENGTH) String number,
    @NotBlank @Size(max = Contract.TITLE_MAX_LENGTH) String title,
    @NotBlank String buyerName,
    @NotBlank String vendorName,
    @NotNull
        @DecimalMin("0.00")
        @Digits(integer = Money.PRECISION - Money.SCALE, fraction = Money.SCALE)
        BigDecimal ceilingAmount,
    @NotNull @Pattern(regexp = "[A-Z]{3}") String ceilingCurrency,
    @Size(max = Contract.DESCRIPTION_MAX_LENGTH) String description) {}
