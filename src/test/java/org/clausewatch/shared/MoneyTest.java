package org.clausewatch.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void amountsAreKeptToTheCentAndCompareByValue() {
    Money cut = Money.usd("200000000");

    assertThat(cut.amount()).isEqualByComparingTo("200000000.00");
    assertThat(cut.amount().scale()).isEqualTo(2);
    assertThat(cut).isEqualTo(Money.of(new BigDecimal("200000000.00"), "USD"));
    assertThat(cut.toString()).isEqualTo("USD 200000000.00");
  }

  @Test
  void negativeAmountsAreRefused() {
    assertThatThrownBy(() -> Money.usd("-1"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void fractionsOfACentAreRefusedRatherThanRounded() {
    assertThatThrownBy(() -> Money.usd("10.005"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("two decimals");
  }

  @Test
  void unknownCurrencyCodesAreRefused() {
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "XYZQ"))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("Unknown currency");
  }

  @Test
  void amountsInDifferentCurrenciesCannotBeCompared() {
    Money dollars = Money.usd("1");
    Money euros = Money.of(BigDecimal.ONE, "EUR");

    assertThat(dollars).isNotEqualTo(euros);
    assertThatThrownBy(() -> dollars.compareTo(euros)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAdjustmentKeepsTheCurrencyAndNeverGoesBelowZero() {
    Money ceiling = Money.of(new BigDecimal("100.00"), "EUR");

    assertThat(ceiling.adjustedBy(new BigDecimal("-40.50")))
        .contains(Money.of(new BigDecimal("59.50"), "EUR"));
    assertThat(ceiling.adjustedBy(new BigDecimal("-100.00")))
        .contains(Money.of(BigDecimal.ZERO, "EUR"));
    assertThat(ceiling.adjustedBy(new BigDecimal("-100.01"))).isEmpty();
    assertThat(ceiling.adjustedBy(null)).contains(ceiling);
    assertThatThrownBy(() -> ceiling.adjustedBy(new BigDecimal("0.001")))
        .isInstanceOf(BusinessException.class);
  }
}
