package org.clausewatch.alert.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clausewatch.alert.application.AlertService;
import org.clausewatch.alert.domain.AlertPreferences;
import org.clausewatch.alert.domain.Watch;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.clausewatch.shared.web.Zones;
import org.omnifaces.util.Faces;

/**
 * {@code /alerts/settings}: what the user watches (a contract, a party, a kind), e-mail on or off,
 * their time zone, and their calendar feed (a new secret address, shown once; or none).
 */
@Named
@ViewScoped
public class AlertSettingsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AlertService alerts;

  private List<Watch> watches;
  private AlertPreferences preferences;
  private boolean emailEnabled;
  private String zone;
  private boolean digestEnabled;
  private java.time.LocalTime digestAt;
  private String contractNumber;
  private String partyName;
  private String kind;
  private String calendarUrl;

  public void load() {
    if (preferences != null) {
      return;
    }
    reload();
    emailEnabled = preferences.emailEnabled();
    zone = preferences.zone().getId();
    digestEnabled = preferences.digestEnabled();
    digestAt = preferences.digestAt();
  }

  private void reload() {
    watches = alerts.watches();
    preferences = alerts.preferences();
  }

  public void savePreferences() {
    if (Actions.attempt(
        () -> alerts.savePreferences(emailEnabled, zone, digestEnabled, digestAt),
        Messages.bundle("alerts.saved"))) {
      reload();
    }
  }

  public void watchContract() {
    String typed = contractNumber;
    String[] number = new String[1];
    if (Actions.attempt(() -> number[0] = alerts.watchContract(typed), null)) {
      Messages.info(Messages.bundle("alerts.watching", number[0]));
      contractNumber = null;
      reload();
    }
  }

  public void watchParty() {
    String name = partyName;
    if (Actions.attempt(() -> alerts.watchParty(name), Messages.bundle("alerts.watching", name))) {
      partyName = null;
      reload();
    }
  }

  public void watchKind() {
    String chosen = kind;
    if (Actions.attempt(
        () -> alerts.watchKind(chosen),
        Messages.bundle("alerts.watching", Messages.bundle("deadline.kind." + chosen)))) {
      kind = null;
      reload();
    }
  }

  public void unwatch(long id) {
    if (Actions.attempt(() -> alerts.unwatch(id), Messages.bundle("alerts.unwatched"))) {
      reload();
    }
  }

  public void renewCalendar() {
    String[] token = new String[1];
    if (Actions.attempt(
        () -> token[0] = alerts.renewCalendarToken(), Messages.bundle("alerts.calendar.renewed"))) {
      calendarUrl = Faces.getRequestBaseURL() + "calendar/" + token[0] + ".ics";
      reload();
    }
  }

  public void revokeCalendar() {
    if (Actions.attempt(alerts::revokeCalendarToken, Messages.bundle("alerts.calendar.revoked"))) {
      calendarUrl = null;
      reload();
    }
  }

  public List<Watch> getWatches() {
    return watches;
  }

  /** The highest marking of the contracts watched, for the page's banners; null for none. */
  public Classification getMarking() {
    return Classification.highest(watches.stream().map(Watch::marking).toList());
  }

  public AlertPreferences getPreferences() {
    return preferences;
  }

  public List<String> getKinds() {
    return AlertService.KINDS;
  }

  /** Whether the user ever chose a zone; until then the page offers the browser's. */
  public boolean isZoneChosen() {
    return preferences.zoneChosen();
  }

  public List<String> getZones() {
    return Zones.ALL;
  }

  public String getCalendarUrl() {
    return calendarUrl;
  }

  public boolean isEmailEnabled() {
    return emailEnabled;
  }

  public void setEmailEnabled(boolean emailEnabled) {
    this.emailEnabled = emailEnabled;
  }

  public boolean isDigestEnabled() {
    return digestEnabled;
  }

  public void setDigestEnabled(boolean digestEnabled) {
    this.digestEnabled = digestEnabled;
  }

  public java.time.LocalTime getDigestAt() {
    return digestAt;
  }

  public void setDigestAt(java.time.LocalTime digestAt) {
    this.digestAt = digestAt;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public String getContractNumber() {
    return contractNumber;
  }

  public void setContractNumber(String contractNumber) {
    this.contractNumber = contractNumber;
  }

  public String getPartyName() {
    return partyName;
  }

  public void setPartyName(String partyName) {
    this.partyName = partyName;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }
}
