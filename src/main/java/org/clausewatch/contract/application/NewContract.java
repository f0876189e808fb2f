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
 * What it takes to register a contract; validated as a whole before anything is saved. Optional:
 * obligated amount (default 0), award date, period of performance (both ends or neither),
 * classification (default UNCLASSIFIED), description.
 */
public record NewContract(
    @NotBlank @Size(max = Contract.NUMBER_MAX_LENGTH) String number,
    @NotBlank @Size(max = Contract.TITLE_MAX_LENGTH) String title,
    @NotNull ContractType type,
    @NotBlank String buyerName,
    @NotBlank String vendorName,
    @NotNull
        @DecimalMin("0.00")
        @Digits(integer = Money.PRECISION - Money.SCALE, fraction = Money.SCALE)
        BigDecimal ceilingAmount,
    @DecimalMin("0.00") @Digits(integer = Money.PRECISION - Money.SCALE, fraction = Money.SCALE)
        BigDecimal obligatedAmount,
    @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
    LocalDate awardDate,
    LocalDate periodStart,
    LocalDate periodEnd,
    Classification classification,
    @Size(max = Contract.DESCRIPTION_MAX_LENGTH) String description) {

  /** The common case in tests and imports: a draft with a ceiling and nothing else. */
  public static NewContract simple(
      String number,
      String title,
      ContractType type,
      String buyerName,
      String vendorName,
      BigDecimal ceiling,
      String currency) {
    return new NewContract(
        number,
        title,
        type,
        buyerName,
        vendorName,
        ceiling,
        null,
        currency,
        null,
        null,
        null,
        null,
        null);
  }
}
