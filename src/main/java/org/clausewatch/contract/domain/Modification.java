package org.clausewatch.contract.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Money;
import org.clausewatch.shared.Text;
import org.hibernate.envers.Audited;

/**
 * A change to a contract (P00001, P00002...). Created only by {@link Contract#applyModification},
 * which also applies it; it then stays as history.
 */
@Entity
@Audited
@Table(name = "modification")
public class Modification {

  private static final Pattern NUMBER = Pattern.compile("[A-Z][0-9A-Z]{5}");
  public static final int DESCRIPTION_MAX_LENGTH = 4000;

  /** numeric(19,2) holds 17 digits before the point. */
  private static final BigDecimal MAX_CHANGE = new BigDecimal("99999999999999999.99");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "modification_seq")
  @SequenceGenerator(
      name = "modification_seq",
      sequenceName = "modification_seq",
      allocationSize = 50)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @Column(name = "number", nullable = false, length = 6)
  private String number;

  @Column(name = "effective_date", nullable = false)
  private LocalDate effectiveDate;

  @Column(name = "description", nullable = false, length = DESCRIPTION_MAX_LENGTH)
  private String description;

  @Column(name = "value_change", nullable = false, precision = 19, scale = 2)
  private BigDecimal valueChange;

  @Column(name = "new_end_date")
  private LocalDate newEndDate;

  @Column(name = "obligated_change", nullable = false, precision = 19, scale = 2)
  private BigDecimal obligatedChange;

  @Column(name = "new_start_date")
  private LocalDate newStartDate;

  protected Modification() {
    // for JPA
  }

  Modification(Contract contract, ModificationTerms terms) {
    this.contract = contract;
    this.number = normalizeNumber(terms.number());
    this.effectiveDate =
        Objects.requireNonNull(terms.effectiveDate(), "A modification needs a date");
    this.description =
        Text.required(
            terms.description(),
            DESCRIPTION_MAX_LENGTH,
            "A modification needs a description of at most "
                + DESCRIPTION_MAX_LENGTH
                + " characters");
    this.valueChange = cents(terms.valueChange(), "value change");
    this.obligatedChange = cents(terms.obligatedChange(), "funding change");
    this.newStartDate = terms.newStartDate();
    this.newEndDate = terms.newEndDate();
  }

  private static BigDecimal cents(BigDecimal amount, String what) {
    BigDecimal change = amount == null ? BigDecimal.ZERO : amount;
    if (change.stripTrailingZeros().scale() > Money.SCALE) {
      throw new BusinessException("A " + what + " has at most two decimals: " + change);
    }
    if (change.abs().compareTo(MAX_CHANGE) > 0) {
      throw new BusinessException("A " + what + " this large cannot be right: " + change);
    }
    return change.setScale(Money.SCALE);
  }

  static String normalizeNumber(String number) {
    String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
    if (!NUMBER.matcher(n).matches()) {
      throw new BusinessException(
          "A modification number is a letter and five letters or digits, e.g. P00001: " + number);
    }
    return n;
  }

  public String number() {
    return number;
  }

  public LocalDate effectiveDate() {
    return effectiveDate;
  }

  public String description() {
    return description;
  }

  public BigDecimal valueChange() {
    return valueChange;
  }

  public LocalDate newEndDate() {
    return newEndDate;
  }

  public BigDecimal obligatedChange() {
    return obligatedChange;
  }

  public LocalDate newStartDate() {
    return newStartDate;
  }

  public Long id() {
    return id;
  }

  public Contract contract() {
    return contract;
  }
}
