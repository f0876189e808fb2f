package org.clausewatch.deadline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.clausewatch.deadline.application.DeadlineDetails;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.deadline.domain.DeadlineStatus;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.clausewatch.shared.web.Zones;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /deadlines/manage?id=...}: one deadline with its extensions; contracting officers extend
 * it (new due time and a reason) or close it as met, missed or withdrawn, with a note.
 */
@Named
@ViewScoped
public class DeadlineManageBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private Long id;

  @Inject private DeadlineService deadlines;

  private DeadlineDetails deadline;
  private boolean loaded;

  private LocalDate newDate;
  private LocalTime newTime;
  private String newZone;
  private String reason;
  private DeadlineStatus outcome;
  private String note;

  /** View action: an unknown deadline, or one of a contract the user may not see, is a 404. */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    deadline = id == null ? null : deadlines.deadline(id).orElse(null);
    if (deadline == null) {
      Faces.responseSendError(404, "No deadline " + id);
      return;
    }
    newDate = deadline.due().toLocalDate();
    newTime = deadline.due().toLocalTime();
    newZone = deadline.due().getZone().getId();
  }

  public void extend() {
    ZonedDateTime due;
    try {
      due = ZonedDateTime.of(newDate, newTime, ZoneId.of(newZone));
    } catch (java.time.DateTimeException e) {
      Actions.refuse(Messages.bundle("deadline.zone.invalid"));
      return;
    }
    long dId = deadline.id();
    long version = deadline.version();
    if (Actions.attempt(() -> deadlines.extend(dId, version, due, reason), null)) {
      Messages.flashInfo(Messages.bundle("deadline.extended", deadline.title()));
      Faces.redirect("contracts/view?number=%s", deadline.contractNumber());
    }
  }

  public void close() {
    long dId = deadline.id();
    long version = deadline.version();
    DeadlineStatus chosen = outcome;
    if (Actions.attempt(() -> deadlines.close(dId, version, chosen, note), null)) {
      Messages.flashInfo(
          Messages.bundle(
              "deadline.closed", deadline.title(), Messages.bundle("deadline.status." + chosen)));
      Faces.redirect("contracts/view?number=%s", deadline.contractNumber());
    }
  }

  public DeadlineDetails getDeadline() {
    return deadline;
  }

  public List<DeadlineStatus> getOutcomes() {
    return List.of(DeadlineStatus.MET, DeadlineStatus.MISSED, DeadlineStatus.WITHDRAWN);
  }

  public List<String> getZones() {
    return Zones.ALL;
  }

  public LocalDate getNewDate() {
    return newDate;
  }

  public void setNewDate(LocalDate newDate) {
    this.newDate = newDate;
  }

  public LocalTime getNewTime() {
    return newTime;
  }

  public void setNewTime(LocalTime newTime) {
    this.newTime = newTime;
  }

  public String getNewZone() {
    return newZone;
  }

  public void setNewZone(String newZone) {
    this.newZone = newZone;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public DeadlineStatus getOutcome() {
    return outcome;
  }

  public void setOutcome(DeadlineStatus outcome) {
    this.outcome = outcome;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
