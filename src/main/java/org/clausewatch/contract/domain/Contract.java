package org.clausewatch.contract.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.clausewatch.party.domain.Party;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.Money;
import org.clausewatch.shared.Text;
import org.clausewatch.shared.security.ClearanceParameter;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A contract between a buyer and a vendor. Changes state only through its verbs.
 *
 * <p>A contract marked above the caller's clearance does not exist for them: the {@value
 * ClearanceParameter#FILTER} filter is on for every session and applies to queries and loads by id
 * alike, so no query has to remember it.
 */
@Entity
@Audited
@Table(name = "contract")
@FilterDef(
    name = ClearanceParameter.FILTER,
    defaultCondition = "classification_rank <= :" + ClearanceParameter.PARAMETER,
    autoEnabled = true,
    applyToLoadByKey = true,
    parameters =
        @ParamDef(
            name = ClearanceParameter.PARAMETER,
            type = Integer.class,
            resolver = ClearanceParameter.class))
@Filter(name = ClearanceParameter.FILTER)
@NamedQuery(
    name = Contract.FIND_BY_NUMBER,
    query =
        "select c from Contract c join fetch c.buyer join fetch c.vendor where c.number = :number")
@NamedQuery(
    name = Contract.COUNT_BY_STATUS,
    query = "select c.status, count(c) from Contract c group by c.status")
public class Contract {

  public static final String FIND_BY_NUMBER = "Contract.findByNumber";
  public static final String COUNT_BY_STATUS = "Contract.countByStatus";

  public static final int NUMBER_MAX_LENGTH = 50;
  public static final int TITLE_MAX_LENGTH = 300;
  public static final int DESCRIPTION_MAX_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_seq")
  @SequenceGenerator(name = "contract_seq", sequenceName = "contract_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "number", nullable = false, unique = true, length = NUMBER_MAX_LENGTH)
  private String number;

  @Column(name = "title", nullable = false, length = TITLE_MAX_LENGTH)
  private String title;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "buyer_id", nullable = false)
  private Party buyer;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "vendor_id", nullable = false)
  private Party vendor;

  /** The buyer's name, kept by the database (V26) for the list's sort by buyer; never written. */
  @NotAudited
  @Column(name = "buyer_name", insertable = false, updatable = false)
  private String buyerName;

  /** The vendor's name, kept by the database (V26) for the list's sort by vendor. */
  @NotAudited
  @Column(name = "vendor_name", insertable = false, updatable = false)
  private String vendorName;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ContractStatus status;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "amount", column = @Column(name = "ceiling_amount")),
    @AttributeOverride(name = "currency", column = @Column(name = "ceiling_currency"))
  })
  private Money ceiling;

  @Column(name = "description", length = DESCRIPTION_MAX_LENGTH)
  private String description;

  /**
   * What in this record its source does not say (illustrative data, e.g. the demo's), shown as a
   * mark wherever the contract is shown; null when nothing is. Written by data loads, not by pages.
   */
  @Column(name = "illustrative")
  private String illustrative;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false)
  private ContractType type;

  /** In the ceiling's currency; never above the ceiling. */
  @Column(name = "obligated_amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal obligatedAmount;

  @Column(name = "award_date")
  private LocalDate awardDate;

  @Embedded private PeriodOfPerformance period;

  @Enumerated(EnumType.STRING)
  @Column(name = "classification", nullable = false)
  private Classification classification;

  /** Computed by PostgreSQL from the status (V4); read-only, used for ordering lists. */
  @NotAudited
  @Column(name = "status_rank", insertable = false, updatable = false)
  private Short statusRank;

  /** Computed by PostgreSQL from the marking (V4); read-only, used for ordering and clearance. */
  @NotAudited
  @Column(name = "classification_rank", insertable = false, updatable = false)
  private Short classificationRank;

  /**
   * Kept by PostgreSQL from the contract's flags (V35, {@link Urgency}); read-only, used for the
   * list's "most urgent first" order.
   */
  @NotAudited
  @Column(name = "urgency", insertable = false, updatable = false)
  private Long urgency;

  @ElementCollection
  @CollectionTable(name = "contract_authorisation", joinColumns = @JoinColumn(name = "contract_id"))
  @OrderColumn(name = "position")
  private List<Authorisation> authorisations = new ArrayList<>();

  // An ordered list (V9), so that Envers audits it reliably; a party takes part once per role.
  @ElementCollection
  @CollectionTable(name = "contract_participant", joinColumns = @JoinColumn(name = "contract_id"))
  @OrderColumn(name = "position")
  private List<Participant> participants = new ArrayList<>();

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<Modification> modifications = new ArrayList<>();

  protected Contract() {
    // for JPA
  }

  /**
   * A new contract in {@link ContractStatus#DRAFT}.
   *
   * @throws IllegalArgumentException when a rule of the package (R1, R2) is broken
   */
  public Contract(
      String number, String title, ContractType type, Party buyer, Party vendor, Money ceiling) {
    this.number = normalizeNumber(number);
    this.title = requireText(title, "title", TITLE_MAX_LENGTH);
    this.buyer = Objects.requireNonNull(buyer, "A contract needs a buyer");
    this.vendor = Objects.requireNonNull(vendor, "A contract needs a vendor");
    if (buyer == vendor || (buyer.id() != null && buyer.id().equals(vendor.id()))) {
      throw new BusinessException("The buyer and the vendor must be different parties");
    }
    this.ceiling = Objects.requireNonNull(ceiling, "A contract needs a ceiling value");
    this.type = Objects.requireNonNull(type, "A contract needs a type");
    this.obligatedAmount = BigDecimal.ZERO.setScale(Money.SCALE);
    this.classification = Classification.UNCLASSIFIED;
    this.status = ContractStatus.DRAFT;
  }

  /**
   * Whether the number may still be corrected: until the contract is awarded (in draft or in
   * negotiation). Afterwards it is the number the award was made under.
   */
  public boolean numberChangeable() {
    return status.beforeAward();
  }

  /**
   * Corrects the number of a contract not yet awarded: a typing error, or the number the award will
   * carry. Whether another contract has it is the caller's to check (the column is unique).
   *
   * @throws BusinessException if the number does not read as one, or the contract was awarded
   */
  public void renumber(String newNumber) {
    String normalized = normalizeNumber(newNumber);
    if (normalized.equals(number)) {
      return;
    }
    if (!numberChangeable()) {
      throw new BusinessException(
          "Contract "
              + number
              + " keeps its number: it changes only before award, in draft or in negotiation");
    }
    number = normalized;
  }

  /** Upper-cases and trims a contract number, and checks its form (R1). */
  public static String normalizeNumber(String number) {
    if (number == null || number.isBlank()) {
      throw new BusinessException("A contract needs a number");
    }
    String normalized = ContractNumber.asStored(number);
    if (!ContractNumber.hasForm(normalized)) {
      throw new BusinessException(
          "A contract number has 3 to 50 letters, digits and dashes, starting with a letter or"
              + " digit: "
              + number.strip());
    }
    return normalized;
  }

  private static String requireText(String value, String what, int maxLength) {
    return Text.required(
        value,
        maxLength,
        "A contract needs a " + what + " of at most " + maxLength + " characters");
  }

  /**
   * Moves the contract to another status (R3).
   *
   * @throws IllegalStateException if the transition is not allowed
   */
  public void changeStatus(ContractStatus target) {
    Objects.requireNonNull(target, "target status");
    if (!status.canMoveTo(target)) {
      throw new BusinessException(
          "A contract cannot move from "
              + status
              + " to "
              + target
              + "; allowed: "
              + status.next());
    }
    status = target;
  }

  public void describe(String text) {
    description =
        Text.optional(
            text,
            DESCRIPTION_MAX_LENGTH,
            "A contract description has at most " + DESCRIPTION_MAX_LENGTH + " characters");
  }

  /**
   * Records the amount obligated so far.
   *
   * @throws IllegalArgumentException if it is in another currency or above the ceiling
   */
  public void obligate(Money obligated) {
    Objects.requireNonNull(obligated, "obligated amount");
    if (!obligated.sameCurrencyAs(ceiling)) {
      throw new BusinessException(
          "The obligated amount must be in " + ceiling.currency() + ", like the ceiling");
    }
    if (obligated.compareTo(ceiling) > 0) {
      throw new BusinessException(
          "The obligated amount (" + obligated + ") cannot exceed the ceiling (" + ceiling + ")");
    }
    obligatedAmount = obligated.amount();
  }

  public void award(LocalDate date) {
    awardDate = Objects.requireNonNull(date, "award date");
  }

  public void schedule(PeriodOfPerformance period) {
    this.period = Objects.requireNonNull(period, "period of performance");
  }

  public void classify(Classification marking) {
    classification = Objects.requireNonNull(marking, "classification");
  }

  public void authorise(String description, LocalDate grantedOn) {
    authorisations.add(new Authorisation(description, grantedOn));
  }

  /**
   * Withdraws the authorisation at {@code position} (authorisations are never removed, so a
   * position keeps its authorisation); it stays listed with the date and the reason.
   *
   * @throws BusinessException if there is no such authorisation, or the withdrawal breaks a rule of
   *     {@link Authorisation}
   */
  public void withdrawAuthorisation(int position, LocalDate on, String reason, LocalDate today) {
    if (position < 0 || position >= authorisations.size()) {
      throw new BusinessException("Contract " + number + " has no such authorisation.");
    }
    authorisations.set(position, authorisations.get(position).withdrawn(on, reason, today));
  }

  /**
   * Adds a party other than buyer and vendor.
   *
   * @throws IllegalArgumentException if it is already there in that role
   */
  public void addParticipant(Party party, String role) {
    Participant participant = new Participant(party, role);
    if (participants.contains(participant)) {
      throw new BusinessException(party.name() + " already takes part as " + role);
    }
    participants.add(participant);
  }

  /**
   * Applies a modification with only a ceiling change and a new end date.
   *
   * @see #applyModification(ModificationTerms)
   */
  public Modification applyModification(
      String number,
      LocalDate effectiveDate,
      String description,
      BigDecimal valueChange,
      LocalDate newEndDate) {
    return applyModification(
        new ModificationTerms(
            number, effectiveDate, description, valueChange, null, null, newEndDate));
  }

  /**
   * Applies a modification (R5): the ceiling changes by its value change, the obligated amount by
   * its funding change, the period starts or ends on its new dates when given. The modification
   * stays in the contract's history.
   *
   * @throws IllegalArgumentException if the number was used, the ceiling would drop below zero or
   *     below the obligated amount, the obligated amount would rise above the ceiling or below
   *     zero, or the period's dates would come in the wrong order
   * @throws IllegalStateException if the contract is terminated or expired
   */
  public Modification applyModification(ModificationTerms terms) {
    if (status.isFinal()) {
      throw new BusinessException("A " + status + " contract cannot be modified");
    }
    Modification modification = new Modification(this, terms);
    if (modifications.stream().anyMatch(m -> m.number().equals(modification.number()))) {
      throw new BusinessException(
          "Modification " + modification.number() + " already exists on " + this.number);
    }
    Money newCeiling =
        ceiling
            .adjustedBy(modification.valueChange())
            .orElseThrow(
                () ->
                    new BusinessException(
                        "Modification "
                            + modification.number()
                            + " would lower the ceiling ("
                            + ceiling
                            + ") below zero"));
    Money newObligated =
        obligated()
            .adjustedBy(modification.obligatedChange())
            .orElseThrow(
                () ->
                    new BusinessException(
                        "Modification "
                            + modification.number()
                            + " would de-obligate more than is obligated ("
                            + obligated()
                            + ")"));
    if (newObligated.compareTo(newCeiling) > 0 && modification.obligatedChange().signum() == 0) {
      throw new BusinessException(
          "Modification "
              + modification.number()
              + " would lower the ceiling to "
              + newCeiling
              + ", below the obligated amount "
              + obligated());
    }
    if (newObligated.compareTo(newCeiling) > 0) {
      throw new BusinessException(
          "Modification "
              + modification.number()
              + " would bring the obligated amount to "
              + newObligated
              + ", above the ceiling of "
              + newCeiling);
    }
    PeriodOfPerformance newPeriod = period;
    if (terms.newStartDate() != null || terms.newEndDate() != null) {
      LocalDate start = terms.newStartDate() != null ? terms.newStartDate() : periodStartOrNull();
      LocalDate end = terms.newEndDate() != null ? terms.newEndDate() : periodEndOrNull();
      if (start == null || end == null) {
        throw new BusinessException(
            "Schedule a period of performance before changing its start or end date");
      }
      newPeriod = new PeriodOfPerformance(start, end);
    }
    ceiling = newCeiling;
    obligatedAmount = newObligated.amount();
    period = newPeriod;
    modifications.add(modification);
    return modification;
  }

  private LocalDate periodStartOrNull() {
    return period == null ? null : period.start();
  }

  private LocalDate periodEndOrNull() {
    return period == null ? null : period.end();
  }

  /**
   * The number the next modification would usually get: P00001 after none, else one more than the
   * highest P-number so far.
   */
  public String nextModificationNumber() {
    int highest =
        modifications.stream()
            .map(Modification::number)
            .filter(n -> n.matches("P\\d{5}"))
            .mapToInt(n -> Integer.parseInt(n.substring(1)))
            .max()
            .orElse(0);
    return String.format(Locale.ROOT, "P%05d", Math.min(highest + 1, 99_999));
  }

  /**
   * Changes what was entered at registration (R6). The ceiling changes here only before award;
   * afterwards a modification changes it, so that the change has a number and a date.
   *
   * @throws IllegalArgumentException when a field breaks a rule of the contract
   * @throws IllegalStateException when the ceiling of an awarded contract would change
   */
  public void edit(
      String newTitle,
      String newDescription,
      ContractType newType,
      Money newCeiling,
      LocalDate newAwardDate,
      PeriodOfPerformance newPeriod,
      Classification newMarking) {
    Objects.requireNonNull(newCeiling, "A contract needs a ceiling value");
    if (!newCeiling.equals(ceiling)) {
      if (!status.beforeAward()) {
        throw new BusinessException(
            "The ceiling of a "
                + status
                + " contract changes only through a modification, which gives the change a"
                + " number and a date");
      }
      if (!newCeiling.sameCurrencyAs(ceiling) && obligatedAmount.signum() != 0) {
        throw new BusinessException("The currency cannot change once an amount is obligated");
      }
      if (newCeiling.amount().compareTo(obligatedAmount) < 0) {
        throw new BusinessException(
            "The ceiling ("
                + newCeiling
                + ") cannot be below the obligated amount ("
                + obligated()
                + ")");
      }
    }
    String checkedTitle = requireText(newTitle, "title", TITLE_MAX_LENGTH);
    describe(newDescription);
    title = checkedTitle;
    type = Objects.requireNonNull(newType, "A contract needs a type");
    ceiling = newCeiling;
    awardDate = newAwardDate;
    period = newPeriod;
    classify(newMarking);
  }

  /**
   * @throws IllegalArgumentException if the party does not take part in that role
   */
  public void removeParticipant(Party party, String role) {
    if (!participants.remove(new Participant(party, role))) {
      throw new BusinessException(party.name() + " does not take part as " + role);
    }
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String number() {
    return number;
  }

  public String title() {
    return title;
  }

  public Party buyer() {
    return buyer;
  }

  public Party vendor() {
    return vendor;
  }

  public ContractStatus status() {
    return status;
  }

  public Money ceiling() {
    return ceiling;
  }

  public String illustrative() {
    return illustrative;
  }

  public String description() {
    return description;
  }

  public ContractType type() {
    return type;
  }

  public Money obligated() {
    return Money.of(obligatedAmount, ceiling.currency());
  }

  public LocalDate awardDate() {
    return awardDate;
  }

  /** The period of performance, or null while unscheduled. */
  public PeriodOfPerformance period() {
    return period;
  }

  public Classification classification() {
    return classification;
  }

  public List<Authorisation> authorisations() {
    return Collections.unmodifiableList(authorisations);
  }

  public List<Participant> participants() {
    return Collections.unmodifiableList(participants);
  }

  public List<Modification> modifications() {
    return Collections.unmodifiableList(modifications);
  }
}
