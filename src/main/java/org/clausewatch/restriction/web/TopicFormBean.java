package org.clausewatch.restriction.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clausewatch.restriction.application.RestrictionService;
import org.clausewatch.restriction.domain.TopicView;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /topics/edit?id=...}: legal staff correct a topic's name or description; a change from a
 * stale form is refused, what was typed kept.
 */
@Named
@ViewScoped
public class TopicFormBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private Long id;

  @Inject private RestrictionService restrictions;

  private TopicView existing;
  private String name;
  private String description;

  /** View action: an unknown topic is a 404. */
  @Allowed(Role.LEGAL)
  public void load() {
    if (existing != null) {
      return;
    }
    existing = id == null ? null : restrictions.topic(id).orElse(null);
    if (existing == null) {
      Faces.responseSendError(404, "No topic " + id);
      return;
    }
    name = existing.name();
    description = existing.description();
  }

  public void save() {
    TopicView read = existing;
    String[] saved = new String[1];
    if (Actions.attempt(
        () -> saved[0] = restrictions.editTopic(read.id(), read.version(), name, description),
        null)) {
      Messages.flashInfo(Messages.bundle("topic.saved", saved[0]));
      Faces.redirect("topics/view?id=%s", read.id());
    } else {
      // The next save is checked against what the refusal has now shown; typed values stay.
      restrictions.topic(read.id()).ifPresent(now -> existing = now);
    }
  }

  public TopicView getExisting() {
    return existing;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
