package org.clausewatch.contract.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clausewatch.contract.application.ContractEdit;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.application.EditableContract;
import org.clausewatch.contract.application.NewContract;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /contracts/edit}: contracting officers register a contract (no {@code number}) or change
 * one ({@code ?number=...}). What the user typed stays in the form when it is refused; an edit made
 * from a stale form is refused with what changed.
 */
@Named
@ViewScoped
public class ContractFormBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The currencies offered; the contract's own currency is added when it is another one. */
  private static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CAD", "AUD", "JPY");

  @Inject @Param private String number;

  @Inject private ContractService contracts;

  private EditableContract existing;
  private boolean loaded;

  private String newNumber;
  private String title;
  private String description;
  private ContractType type;
  private String buyerName;
  private String vendorName;
  private String currency = "USD";
  private BigDecimal ceiling;
  private BigDecimal obligated;
  private LocalDate awardDate;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private Classification classification = Classification.UNCLASSIFIED;

  /** View action: an edit of an unknown contract, or one above the user's clearance, is a 404. */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (number == null || number.isBlank()) {
      return;
    }
    existing = contracts.editForm(number.strip()).orElse(null);
    if (existing == null) {
      Faces.responseSendError(404, "No contract " + number);
      return;
    }
    ContractEdit v = existing.values();
    newNumber = v.number();
    title = v.title();
    description = v.description();
    type = v.type();
    currency = v.currency();
    ceiling = v.ceilingAmount();
    awardDate = v.awardDate();
    periodStart = v.periodStart();
    periodEnd = v.periodEnd();
    classification = v.classification();
  }

  public void save() {
    if (existing == null) {
      NewContract request =
          new NewContract(
              newNumber,
              title,
              type,
              buyerName,
              vendorName,
              ceiling,
              obligated,
              currency,
              awardDate,
              periodStart,
              periodEnd,
              classification,
              description);
      String[] registered = new String[1];
      if (Actions.attempt(() -> registered[0] = contracts.registerFromForm(request), null)) {
        Messages.flashInfo(Messages.bundle("contract.registered", registered[0]));
        Faces.redirect("contracts/view?number=%s", registered[0]);
      }
      return;
    }
    ContractEdit change =
        new ContractEdit(
            existing.numberChangeable() ? newNumber : existing.number(),
            title,
            description,
            type,
            ceiling,
            currency,
            awardDate,
            periodStart,
            periodEnd,
            classification);
    String n = existing.number();
    EditableContract read = existing;
    String[] saved = new String[1];
    if (Actions.attempt(() -> saved[0] = contracts.edit(n, read, change), null)) {
      Messages.flashInfo(
          saved[0].equals(n)
              ? Messages.bundle("contract.saved", n)
              : Messages.bundle("contract.renumbered", n, saved[0]));
      Faces.redirect("contracts/view?number=%s", saved[0]);
    } else {
      // After a refusal for a change made meanwhile, the next save is checked against what the
      // user has now been shown; the typed values stay in the form.
      contracts.editForm(n).ifPresent(current -> existing = current);
    }
  }

  public boolean isEditing() {
    return existing != null;
  }

  public EditableContract getExisting() {
    return existing;
  }

  public boolean isCeilingEditable() {
    return existing == null || existing.ceilingEditable();
  }

  public ContractType[] getTypes() {
    return ContractType.values();
  }

  public Classification[] getClassifications() {
    return Classification.values();
  }

  public List<String> getCurrencies() {
    return CURRENCIES.contains(currency)
        ? CURRENCIES
        : java.util.stream.Stream.concat(CURRENCIES.stream(), java.util.stream.Stream.of(currency))
            .toList();
  }

  public List<String> getParties() {
    return contracts.partyNames();
  }

  public String getNewNumber() {
    return newNumber;
  }

  public void setNewNumber(String newNumber) {
    this.newNumber = newNumber;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public ContractType getType() {
    return type;
  }

  public void setType(ContractType type) {
    this.type = type;
  }

  public String getBuyerName() {
    return buyerName;
  }

  public void setBuyerName(String buyerName) {
    this.buyerName = buyerName;
  }

  public String getVendorName() {
    return vendorName;
  }

  public void setVendorName(String vendorName) {
    this.vendorName = vendorName;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public BigDecimal getCeiling() {
    return ceiling;
  }

  public void setCeiling(BigDecimal ceiling) {
    this.ceiling = ceiling;
  }

  public BigDecimal getObligated() {
    return obligated;
  }

  public void setObligated(BigDecimal obligated) {
    this.obligated = obligated;
  }

  public LocalDate getAwardDate() {
    return awardDate;
  }

  public void setAwardDate(LocalDate awardDate) {
    this.awardDate = awardDate;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(LocalDate periodStart) {
    this.periodStart = periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(LocalDate periodEnd) {
    this.periodEnd = periodEnd;
  }

  public Classification getClassification() {
    return classification;
  }

  public void setClassification(Classification classification) {
    this.classification = classification;
  }
}
