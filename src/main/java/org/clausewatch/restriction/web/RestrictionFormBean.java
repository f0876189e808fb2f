package org.clausewatch.restriction.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clausewatch.restriction.application.RestrictionForm;
import org.clausewatch.restriction.application.RestrictionService;
import org.clausewatch.restriction.domain.TopicView;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /restrictions/edit?contract=...}: a usage restriction created from one of the contract's
 * clauses; {@code ?id=...}: changed or withdrawn. A prohibition has no condition; a conditional
 * restriction states it.
 */
@Named
@ViewScoped
public class RestrictionFormBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private String contract;
  @Inject @Param private String clause;
  @Inject @Param private Long id;

  @Inject private RestrictionService restrictions;

  private RestrictionForm existing;
  private List<String> clauseNumbers;
  private List<TopicView> topics = List.of();
  private Long topicId;
  private boolean loaded;

  private String clauseNumber;
  private String restrictedUse;
  private boolean conditional;
  private String condition;

  /** View action: an unknown restriction or contract, or one the user may not see, is a 404. */
  @Allowed({Role.CONTRACTING_OFFICER, Role.LEGAL})
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id != null) {
      existing = restrictions.restriction(id).orElse(null);
      if (existing == null) {
        Faces.responseSendError(404, "No restriction " + id);
        return;
      }
      restrictedUse = existing.restrictedUse();
      condition = existing.condition();
      conditional = condition != null;
      topicId = existing.topicId();
      topics = restrictions.topics();
      return;
    }
    clauseNumbers = contract == null ? List.of() : restrictions.clauseNumbersOf(contract.strip());
    if (clauseNumbers.isEmpty()) {
      Faces.responseSendError(404, "No contract with clauses " + contract);
      return;
    }
    clauseNumber = clause == null ? null : clause.strip();
    topics = restrictions.topics();
  }

  public void save() {
    String c = getContractNumber();
    String use = restrictedUse;
    String cond = conditional ? condition : null;
    if (conditional && (cond == null || cond.isBlank())) {
      Actions.refuse(Messages.bundle("restriction.condition.required"));
      return;
    }
    if (existing == null) {
      String cl = clauseNumber;
      Long topic = topicId;
      if (Actions.attempt(() -> restrictions.restrict(c, cl, use, cond, topic), null)) {
        Messages.flashInfo(Messages.bundle("restriction.created", use.strip()));
        Faces.redirect("contracts/view?number=%s", c);
      }
      return;
    }
    long rid = existing.id();
    long version = existing.version();
    Long topic = topicId;
    if (Actions.attempt(() -> restrictions.redefine(rid, version, use, cond, topic), null)) {
      Messages.flashInfo(Messages.bundle("restriction.saved", use.strip()));
      Faces.redirect("contracts/view?number=%s", c);
    }
  }

  public void withdraw() {
    String c = getContractNumber();
    long rid = existing.id();
    long version = existing.version();
    if (Actions.attempt(() -> restrictions.withdraw(rid, version), null)) {
      Messages.flashInfo(Messages.bundle("restriction.withdrawn", existing.restrictedUse()));
      Faces.redirect("contracts/view?number=%s", c);
    }
  }

  public List<TopicView> getTopics() {
    return topics;
  }

  public Long getTopicId() {
    return topicId;
  }

  public void setTopicId(Long topicId) {
    this.topicId = topicId;
  }

  public String getContractNumber() {
    return existing != null ? existing.contractNumber() : contract == null ? "" : contract.strip();
  }

  public boolean isEditing() {
    return existing != null;
  }

  public RestrictionForm getExisting() {
    return existing;
  }

  public List<String> getClauseNumbers() {
    return clauseNumbers;
  }

  public String getClauseNumber() {
    return clauseNumber;
  }

  public void setClauseNumber(String clauseNumber) {
    this.clauseNumber = clauseNumber;
  }

  public String getRestrictedUse() {
    return restrictedUse;
  }

  public void setRestrictedUse(String restrictedUse) {
    this.restrictedUse = restrictedUse;
  }

  public boolean isConditional() {
    return conditional;
  }

  public void setConditional(boolean conditional) {
    this.conditional = conditional;
  }

  public String getCondition() {
    return condition;
  }

  public void setCondition(String condition) {
    this.condition = condition;
  }
}
