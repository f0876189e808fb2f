package org.clausewatch.restriction.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clausewatch.restriction.application.RestrictionService;
import org.clausewatch.restriction.domain.TopicView;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.util.Faces;

/** {@code /topics}: the catalogue of what restrictions are about; legal staff add topics. */
@Named
@ViewScoped
public class TopicsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RestrictionService restrictions;

  private List<TopicView> topics;
  private String name;
  private String description;

  public List<TopicView> getTopics() {
    if (topics == null) {
      topics = restrictions.topics();
    }
    return topics;
  }

  public void create() {
    String n = name;
    if (Actions.attempt(() -> restrictions.createTopic(n, description), null)) {
      Messages.flashInfo(Messages.bundle("topic.created", n.strip()));
      Faces.redirect("topics");
    }
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
