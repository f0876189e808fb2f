package org.clausewatch.clause.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.clausewatch.clause.application.ClauseChange;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.application.NewModification;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.clause.domain.ClauseView;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.AjaxFeedback;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /modifications/new?contract=...}: a contracting officer records a modification: its
 * P-number (the next one is suggested), value and funding changes, new period dates, and the clause
 * changes it makes, collected in a list before the whole is saved in one transaction.
 */
@Named
@ViewScoped
public class ModificationFormBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's prefix of its fields' client ids. */
  private static final String FORM = "modification:";

  @Inject @Param private String contract;

  @Inject private ClauseService clauses;
  @Inject private Clock clock;

  private List<ClauseView> current;
  private boolean loaded;

  private String number;
  private LocalDate effectiveDate;
  private String description;
  private BigDecimal valueChange;
  private BigDecimal obligatedChange;
  private LocalDate newStartDate;
  private LocalDate newEndDate;

  private final List<ClauseChange> changes = new ArrayList<>();
  private ClauseChange.Kind changeKind = ClauseChange.Kind.REVISE;
  private String changeNumber;
  private YearMonth changeCited;
  private String changeHeading;
  private String changeText;
  private ClauseCategory changeCategory = ClauseCategory.OTHER;

  /** View action: an unknown contract, or one the user may not see, is a 404. */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    String next = contract == null ? null : clauses.nextModificationNumber(getContract());
    if (next == null) {
      Faces.responseSendError(404, "No contract " + contract);
      return;
    }
    number = next;
    effectiveDate = LocalDate.now(clock);
    current = clauses.clausesOf(getContract()).stream().filter(c -> !c.removed()).toList();
  }

  /** Fills heading and text with the chosen clause's current wording, to be revised. */
  public void loadWording() {
    current.stream()
        .filter(c -> c.number().equals(changeNumber))
        .findFirst()
        .ifPresentOrElse(
            c -> {
              changeHeading = c.heading();
              changeText = c.text();
              AjaxFeedback.announce(Messages.bundle("modification.change.loaded", c.number()));
              AjaxFeedback.focus(FORM + "heading");
            },
            () -> refuse(Messages.bundle("modification.change.chooseClause"), "clause-number"));
  }

  /** Adds the change being entered to the list; nothing is saved yet. */
  public void addChange() {
    String n = changeNumber == null ? "" : changeNumber.strip();
    if (n.isEmpty()) {
      refuse(Messages.bundle("modification.change.numberRequired"), "clause-number");
      return;
    }
    if (changes.stream().anyMatch(c -> c.number().equalsIgnoreCase(n))) {
      refuse(Messages.bundle("modification.change.twice", n), "clause-number");
      return;
    }
    ClauseChange change =
        switch (changeKind) {
          case REVISE -> ClauseChange.revise(n, changeHeading, changeText);
          case REMOVE -> ClauseChange.remove(n);
          case ADD_FROM_LIBRARY -> ClauseChange.addFromLibrary(n, changeCited, changeCategory);
          case ADD_LOCAL -> ClauseChange.addLocal(n, changeHeading, changeText, changeCategory);
        };
    if ((changeKind == ClauseChange.Kind.REVISE || changeKind == ClauseChange.Kind.ADD_LOCAL)
        && (isBlank(changeHeading) || isBlank(changeText))) {
      refuse(
          Messages.bundle("modification.change.wordingRequired"),
          isBlank(changeHeading) ? "heading" : "text");
      return;
    }
    changes.add(change);
    AjaxFeedback.announce(
        Messages.bundle(
            "modification.change.added",
            n,
            Messages.bundle("modification.change.kind." + changeKind.name()),
            changes.size()));
    AjaxFeedback.focus(FORM + "kind");
    changeNumber = null;
    changeHeading = null;
    changeText = null;
    changeCited = null;
  }

  public void removeChange(int index) {
    if (index >= 0 && index < changes.size()) {
      ClauseChange removed = changes.remove(index);
      AjaxFeedback.announce(
          Messages.bundle("modification.change.removed", removed.number(), changes.size()));
      AjaxFeedback.focus(changes.isEmpty() ? "changes-empty" : "changes");
    }
  }

  public void save() {
    String c = getContract();
    NewModification terms =
        new NewModification(
            number,
            effectiveDate,
            description,
            valueChange,
            obligatedChange,
            newStartDate,
            newEndDate);
    List<ClauseChange> all = List.copyOf(changes);
    if (Actions.attempt(() -> clauses.applyModification(c, terms, all), null)) {
      Messages.flashInfo(
          Messages.bundle("modification.saved", number.strip().toUpperCase(java.util.Locale.ROOT)));
      Faces.redirect("contracts/view?number=%s", c);
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  /** Refuses with a message and puts the focus on the field to correct. */
  private static void refuse(String message, String field) {
    AjaxFeedback.focus(FORM + field);
    Actions.refuse(message);
  }

  public String getContract() {
    return contract == null ? "" : contract.strip();
  }

  public List<ClauseView> getCurrent() {
    return current;
  }

  public List<ClauseChange> getChanges() {
    return changes;
  }

  public ClauseChange.Kind[] getKinds() {
    return ClauseChange.Kind.values();
  }

  public ClauseCategory[] getCategories() {
    return ClauseCategory.values();
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public void setEffectiveDate(LocalDate effectiveDate) {
    this.effectiveDate = effectiveDate;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public BigDecimal getValueChange() {
    return valueChange;
  }

  public void setValueChange(BigDecimal valueChange) {
    this.valueChange = valueChange;
  }

  public BigDecimal getObligatedChange() {
    return obligatedChange;
  }

  public void setObligatedChange(BigDecimal obligatedChange) {
    this.obligatedChange = obligatedChange;
  }

  public LocalDate getNewStartDate() {
    return newStartDate;
  }

  public void setNewStartDate(LocalDate newStartDate) {
    this.newStartDate = newStartDate;
  }

  public LocalDate getNewEndDate() {
    return newEndDate;
  }

  public void setNewEndDate(LocalDate newEndDate) {
    this.newEndDate = newEndDate;
  }

  public ClauseChange.Kind getChangeKind() {
    return changeKind;
  }

  public void setChangeKind(ClauseChange.Kind changeKind) {
    this.changeKind = changeKind;
  }

  public String getChangeNumber() {
    return changeNumber;
  }

  public void setChangeNumber(String changeNumber) {
    this.changeNumber = changeNumber;
  }

  public YearMonth getChangeCited() {
    return changeCited;
  }

  public void setChangeCited(YearMonth changeCited) {
    this.changeCited = changeCited;
  }

  public String getChangeHeading() {
    return changeHeading;
  }

  public void setChangeHeading(String changeHeading) {
    this.changeHeading = changeHeading;
  }

  public String getChangeText() {
    return changeText;
  }

  public void setChangeText(String changeText) {
    this.changeText = changeText;
  }

  public ClauseCategory getChangeCategory() {
    return changeCategory;
  }

  public void setChangeCategory(ClauseCategory changeCategory) {
    this.changeCategory = changeCategory;
  }
}
