package org.clausewatch.clause.application;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.clausewatch.contract.domain.Modification;
import org.clausewatch.contract.domain.ModificationTerms;

/**
 * What the modification form sends about the contract itself; amounts are changes (negative
 * lowers), dates null mean "stays".
 */
public record NewModification(
    @NotBlank @Size(max = 6) String number,
    @NotNull LocalDate effectiveDate,
    @NotBlank @Size(max = Modification.DESCRIPTION_MAX_LENGTH) String description,
    @Digits(integer = 17, fraction = 2) BigDecimal valueChange,
    @Digits(integer = 17, fraction = 2) BigDecimal obligatedChange,
    LocalDate newStartDate,
    LocalDate newEndDate) {

  ModificationTerms terms() {
    return new ModificationTerms(
        number, effectiveDate, description, valueChange, obligatedChange, newStartDate, newEndDate);
  }
}
