package org.clausewatch.deadline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.deadline.application.NewDeadline;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.clausewatch.shared.web.Zones;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /deadlines/new?contract=...}: contracting officers record a deadline or ultimatum, its due
 * time in the zone it was stated in (the browser's zone is offered first), who issued it, who must
 * act, what is demanded and the consequences threatened, one per line, in order, and when it alerts
 * (its own steps, or its kind's).
 */
@Named
@ViewScoped
public class DeadlineFormBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private String contract;

  @Inject private DeadlineService deadlines;

  private List<String> parties;
  private boolean loaded;

  private final DeadlineFields fields = new DeadlineFields();
  private DeadlineKind kind;
  private LocalDate dueDate;
  private LocalTime dueTime = LocalTime.of(17, 0);
  private String zone = "UTC";
  private String alertSteps;

  /** View action: an unknown contract, or one the user may not see, is a 404. */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    parties = contract == null ? List.of() : deadlines.partiesOf(contract.strip());
    if (parties.isEmpty()) {
      Faces.responseSendError(404, "No contract " + contract);
    }
  }

  public void save() {
    String c = getContract();
    NewDeadline request =
        new NewDeadline(
            fields.getTitle(),
            kind,
            dueDate,
            dueTime,
            zone,
            fields.getIssuer(),
            fields.getResponsible(),
            fields.getDemandedAction(),
            fields.getIssuedAt(),
            fields.consequenceList(),
            alertSteps);
    if (Actions.attempt(() -> deadlines.create(c, request), null)) {
      Messages.flashInfo(Messages.bundle("deadline.created", fields.getTitle().strip()));
      Faces.redirect("contracts/view?number=%s", c);
    }
  }

  public String getContract() {
    return contract == null ? "" : contract.strip();
  }

  public DeadlineFields getFields() {
    return fields;
  }

  public List<String> getParties() {
    return parties;
  }

  public DeadlineKind[] getKinds() {
    return DeadlineKind.values();
  }

  public List<String> getZones() {
    return Zones.ALL;
  }

  public DeadlineKind getKind() {
    return kind;
  }

  public void setKind(DeadlineKind kind) {
    this.kind = kind;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public LocalTime getDueTime() {
    return dueTime;
  }

  public void setDueTime(LocalTime dueTime) {
    this.dueTime = dueTime;
  }

  /** Its own alert steps ("72h, 24h, due"); empty for its kind's. */
  public String getAlertSteps() {
    return alertSteps;
  }

  public void setAlertSteps(String alertSteps) {
    this.alertSteps = alertSteps;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }
}
