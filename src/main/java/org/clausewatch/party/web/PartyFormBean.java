package org.clausewatch.party.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clausewatch.party.application.PartyDetails;
import org.clausewatch.party.application.PartyLine;
import org.clausewatch.party.application.PartyService;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /parties/view?name=...} and {@code /parties/edit[?name=...]}: a party, registered or
 * changed by contracting officers; an edit from a stale form is refused.
 */
@Named
@ViewScoped
public class PartyFormBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private String name;

  @Inject private PartyService parties;

  private PartyLine existing;
  private boolean loaded;
  private String newName;
  private PartyKind kind;
  private String uei;
  private String cageCode;
  private String description;

  /** View action: an unknown party is a 404; no name on the edit page registers a new one. */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (name == null || name.isBlank()) {
      return;
    }
    existing = parties.party(name.strip()).orElse(null);
    if (existing == null) {
      Faces.responseSendError(404, "No party " + name);
      return;
    }
    newName = existing.name();
    kind = existing.kind();
    uei = existing.uei();
    cageCode = existing.cageCode();
    description = existing.description();
  }

  /** The view page needs a party. */
  public void loadExisting() {
    load();
    if (existing == null && !Faces.getContext().getResponseComplete()) {
      Faces.responseSendError(404, "No party given");
    }
  }

  public void save() {
    PartyDetails details = new PartyDetails(newName, kind, trim(uei), trim(cageCode), description);
    if (existing == null) {
      String[] saved = new String[1];
      if (Actions.attempt(() -> saved[0] = parties.register(details), null)) {
        Messages.flashInfo(Messages.bundle("party.registered", saved[0]));
        Faces.redirect("parties/view?name=%s", saved[0]);
      }
      return;
    }
    String current = existing.name();
    PartyLine read = existing;
    String[] saved = new String[1];
    if (Actions.attempt(() -> saved[0] = parties.edit(current, read, details), null)) {
      Messages.flashInfo(Messages.bundle("party.saved", saved[0]));
      Faces.redirect("parties/view?name=%s", saved[0]);
    } else {
      // The next save is checked against what the refusal has now shown; typed values stay.
      parties.party(current).ifPresent(now -> existing = now);
    }
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }

  public boolean isEditing() {
    return existing != null;
  }

  public PartyLine getExisting() {
    return existing;
  }

  public PartyKind[] getKinds() {
    return PartyKind.values();
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public PartyKind getKind() {
    return kind;
  }

  public void setKind(PartyKind kind) {
    this.kind = kind;
  }

  public String getUei() {
    return uei;
  }

  public void setUei(String uei) {
    this.uei = uei;
  }

  public String getCageCode() {
    return cageCode;
  }

  public void setCageCode(String cageCode) {
    this.cageCode = cageCode;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
