package org.clausewatch.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount in one ISO 4217 currency, to the cent. Immutable. */
@Embeddable
public class Money implements Serializable, Comparable<Money> {

  private static final long serialVersionUID = 1L;

  /** numeric(19,2): up to 99 999 999 999 999 999.99. */
  public static final int PRECISION = 19;

  public static final int SCALE = 2;

  @Column(name = "amount", precision = PRECISION, scale = SCALE, nullable = false)
  private BigDecimal amount;

  @Column(name = "currency", length = 3, nullable = false)
  private String currency;

  protected Money() {
    // for JPA
  }

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    this.currency = currency.getCurrencyCode();
  }

  /**
   * @throws IllegalArgumentException for a negative amount, more than two decimals, or an unknown
   *     currency code
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currencyCode, "currency");
    if (amount.signum() < 0) {
      throw new BusinessException("An amount of money cannot be negative: " + amount);
    }
    if (amount.stripTrailingZeros().scale() > SCALE) {
      throw new BusinessException("An amount has at most two decimals: " + amount);
    }
    Currency currency;
    try {
      currency = Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException e) {
      throw new BusinessException("Unknown currency code: " + currencyCode, e);
    }
    return new Money(amount, currency);
  }

  public static Money usd(String amount) {
    return of(new BigDecimal(amount), "USD");
  }

  /**
   * This amount changed by a signed amount in the same currency (a raise, a cut), or empty if the
   * result would be negative.
   *
   * @throws IllegalArgumentException if the change has more than two decimals
   */
  public java.util.Optional<Money> adjustedBy(BigDecimal change) {
    BigDecimal delta = change == null ? BigDecimal.ZERO : change;
    if (delta.stripTrailingZeros().scale() > SCALE) {
      throw new BusinessException("An amount has at most two decimals: " + delta);
    }
    BigDecimal result = amount.add(delta);
    return result.signum() < 0
        ? java.util.Optional.empty()
        : java.util.Optional.of(new Money(result, Currency.getInstance(currency)));
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public boolean sameCurrencyAs(Money other) {
    return currency.equals(other.currency);
  }

  @Override
  public int compareTo(Money other) {
    if (!sameCurrencyAs(other)) {
      throw new IllegalArgumentException("Cannot compare " + currency + " with " + other.currency);
    }
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other
        && amount.compareTo(other.amount) == 0
        && currency.equals(other.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount.stripTrailingZeros(), currency);
  }

  @Override
  public String toString() {
    return currency + " " + amount.toPlainString();
  }
}
