package org.clausewatch.dispute.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clausewatch.dispute.application.DisputeService;
import org.clausewatch.dispute.application.TopicComparison;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /topics/view?id=...}: one topic across every contract and vendor the user may see, the
 * parties' stances side by side, and the contracts of the same buyers without it (R5).
 */
@Named
@RequestScoped
public class TopicBean {

  @Inject @Param private Long id;

  @Inject private DisputeService disputes;

  private TopicComparison topic;

  /** View action: an unknown topic is a 404. */
  public void load() {
    if (topic != null) {
      return;
    }
    topic = id == null ? null : disputes.topic(id).orElse(null);
    if (topic == null) {
      Faces.responseSendError(404, "No topic " + id);
    }
  }

  public TopicComparison getTopic() {
    return topic;
  }
}
