package org.clausewatch.restriction.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.clausewatch.clause.domain.Clause;
import org.clausewatch.clause.domain.ClauseRepository;
import org.clausewatch.contract.domain.ContractRepository;
import org.clausewatch.restriction.domain.RestrictionRepository;
import org.clausewatch.restriction.domain.RestrictionView;
import org.clausewatch.restriction.domain.RestrictionWithdrawn;
import org.clausewatch.restriction.domain.Topic;
import org.clausewatch.restriction.domain.TopicView;
import org.clausewatch.restriction.domain.UsageRestriction;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.CurrentCaller;
import org.clausewatch.shared.security.Role;

/** Records usage restrictions and positions, and reads them. */
@Stateless
@Allowed
public class RestrictionService {

  @Inject private RestrictionRepository restrictions;
  @Inject private ClauseRepository clauses;
  @Inject private ContractRepository contracts;
  @Inject private Event<RestrictionWithdrawn> withdrawn;
  @Inject private CurrentCaller caller;
  @Inject private Clock clock;

  /**
   * Records a usage restriction on a clause of a contract, proposed.
   *
   * @param condition null for an outright prohibition
   * @throws BusinessException if the clause is unknown or the restriction incomplete
   */
  @Allowed({Role.CONTRACTING_OFFICER, Role.LEGAL})
  public long restrict(
      @NotNull String contractNumber,
      @NotNull String clauseNumber,
      @NotNull String restrictedUse,
      String condition) {
    return restrict(contractNumber, clauseNumber, restrictedUse, condition, null);
  }

  /**
   * Records a usage restriction on a clause, about a topic of the catalogue (null: none yet).
   *
   * @throws BusinessException if the clause or topic is unknown or the restriction incomplete
   */
  @Allowed({Role.CONTRACTING_OFFICER, Role.LEGAL})
  public long restrict(
      @NotNull String contractNumber,
      @NotNull String clauseNumber,
      @NotNull String restrictedUse,
      String condition,
      Long topicId) {
    Clause clause =
        clauses
            .find(contractNumber, clauseNumber)
            .orElseThrow(
                () ->
                    new BusinessException(
                        "Contract " + contractNumber + " has no clause " + clauseNumber));
    UsageRestriction restriction =
        condition == null
            ? UsageRestriction.prohibiting(clause, restrictedUse)
            : UsageRestriction.conditional(clause, restrictedUse, condition);
    if (topicId != null) {
      restriction.about(existingTopic(topicId));
    }
    return restrictions.add(restriction).id();
  }

  /**
   * Says what a restriction is about, from the catalogue (R4); null: nothing.
   *
   * @throws BusinessException if the restriction or topic is unknown, or the restriction changed
   *     since {@code expectedVersion}
   */
  @Allowed({Role.CONTRACTING_OFFICER, Role.LEGAL})
  public void setTopic(long restrictionId, long expectedVersion, Long topicId) {
    UsageRestriction restriction = current(restrictionId, expectedVersion);
    restriction.about(topicId == null ? null : existingTopic(topicId));
  }

  private Topic existingTopic(long topicId) {
    Topic topic = restrictions.topic(topicId);
    if (topic == null) {
      throw new BusinessException("Unknown topic " + topicId + ".");
    }
    return topic;
  }

  /**
   * Adds a topic to the catalogue legal staff keep (R4).
   *
   * @return its id
   * @throws BusinessException if the name is missing, too long, could be taken for another, is
   *     taken (in any case) or looks like a catalogued topic's ({@link
   *     org.clausewatch.shared.Names#lookalikeKey})
   */
  @Allowed(Role.LEGAL)
  public long createTopic(
      @Size(max = Topic.NAME_MAX_LENGTH) String name,
      @Size(max = Topic.DESCRIPTION_MAX_LENGTH) String description) {
    Topic topic =
        new Topic(
            name,
            description,
            caller.username().orElseThrow(() -> new BusinessException("Nobody is signed in")),
            clock.instant());
    refuseTaken(topic.name(), null);
    return restrictions.add(topic).id();
  }

  /**
   * Renames a topic or changes its description, unless someone changed it since {@code
   * expectedVersion} was read.
   *
   * @return its name as stored
   * @throws BusinessException if unknown, changed meanwhile, or the name is missing, too long,
   *     could be taken for another, is another topic's (in any case) or looks like another topic's
   */
  @Allowed(Role.LEGAL)
  public String editTopic(
      long topicId,
      long expectedVersion,
      @Size(max = Topic.NAME_MAX_LENGTH) String name,
      @Size(max = Topic.DESCRIPTION_MAX_LENGTH) String description) {
    Topic topic = existingTopic(topicId);
    if (topic.version() != expectedVersion) {
      throw new BusinessException(
          "Someone else changed the topic \""
              + topic.name()
              + "\" meanwhile. Your entries are kept: check them against what it says now and"
              + " save again.");
    }
    String newName = Topic.checkedName(name);
    // Checked before the topic changes: a query would otherwise write the change first.
    refuseTaken(newName, topic.id());
    topic.rename(newName);
    topic.describe(description);
    return topic.name();
  }

  /**
   * Refuses a topic name another topic has (in any case) or that looks like another's; of two
   * transactions storing look-alike names, the second waits for the first.
   */
  private void refuseTaken(String name, Long self) {
    restrictions.lockTopicLookAlikes(name);
    restrictions
        .topicNamed(name, self)
        .ifPresent(
            other -> {
              throw new BusinessException("The catalogue has a topic \"" + other + "\" already.");
            });
    restrictions
        .topicLookingLike(name, self)
        .ifPresent(
            other -> {
              throw new BusinessException(
                  "A topic's name \""
                      + name
                      + "\" would look like that of the topic \""
                      + other
                      + "\": a reader could take the one for the other. If it is another topic,"
                      + " word it so that the difference shows.");
            });
  }

  /** One topic of the catalogue, if it exists. */
  public Optional<TopicView> topic(long topicId) {
    return restrictions.topicView(topicId);
  }

  /** The topic catalogue, by name. */
  public List<TopicView> topics() {
    return restrictions.topics();
  }

  /**
   * Changes what a restriction restricts and how, unless it changed since {@code expectedVersion}.
   *
   * @param condition null or blank for an outright prohibition
   * @throws BusinessException if unknown, withdrawn, changed meanwhile or incomplete
   */
  @Allowed({Role.CONTRACTING_OFFICER, Role.LEGAL})
  public void redefine(
      long restrictionId,
      long expectedVersion,
      @NotNull @Size(max = UsageRestriction.USE_MAX_LENGTH) String restrictedUse,
      @Size(max = UsageRestriction.CONDITION_MAX_LENGTH) String condition) {
    UsageRestriction restriction = current(restrictionId, expectedVersion);
    restriction.redefine(restrictedUse, condition);
  }

  /**
   * Changes what a restriction restricts, how, and what it is about (null topic: none), in one
   * change, unless it changed since {@code expectedVersion}.
   *
   * @throws BusinessException if unknown, withdrawn, changed meanwhile, incomplete, or the topic is
   *     unknown
   */
  @Allowed({Role.CONTRACTING_OFFICER, Role.LEGAL})
  public void redefine(
      long restrictionId,
      long expectedVersion,
      @NotNull @Size(max = UsageRestriction.USE_MAX_LENGTH) String restrictedUse,
      @Size(max = UsageRestriction.CONDITION_MAX_LENGTH) String condition,
      Long topicId) {
    UsageRestriction restriction = current(restrictionId, expectedVersion);
    restriction.redefine(restrictedUse, condition);
    restriction.about(topicId == null ? null : existingTopic(topicId));
  }

  /**
   * Withdraws a restriction: it no longer applies, and stays in the history.
   *
   * @throws BusinessException if unknown, withdrawn already or changed meanwhile
   */
  @Allowed({Role.CONTRACTING_OFFICER, Role.LEGAL})
  public void withdraw(long restrictionId, long expectedVersion) {
    UsageRestriction restriction = current(restrictionId, expectedVersion);
    restriction.withdraw();
    withdrawn.fire(new RestrictionWithdrawn(restrictionId));
  }

  /** A restriction as its edit form starts; empty if unknown or above the caller's clearance. */
  public Optional<RestrictionForm> restriction(long restrictionId) {
    return Optional.ofNullable(restrictions.find(restrictionId))
        .map(
            r ->
                new RestrictionForm(
                    r.id(),
                    r.version(),
                    r.clause().id(),
                    r.clause().contract().number(),
                    r.clause().number(),
                    r.restrictedUse(),
                    r.condition(),
                    r.withdrawn(),
                    r.topic() == null ? null : r.topic().id()));
  }

  private UsageRestriction current(long id, long expectedVersion) {
    UsageRestriction restriction = existing(id);
    if (restriction.version() != expectedVersion) {
      throw new BusinessException(
          "Someone else changed this restriction meanwhile (it is now "
              + (restriction.withdrawn() ? "withdrawn" : "in force")
              + ": \""
              + restriction.restrictedUse()
              + "\"). Reload the page, then make your change again.");
    }
    return restriction;
  }

  private UsageRestriction existing(long id) {
    UsageRestriction restriction = restrictions.find(id);
    if (restriction == null) {
      throw new BusinessException("Unknown usage restriction " + id);
    }
    return restriction;
  }

  /**
   * The parties that can state a position on the contract's restrictions: buyer, vendor and
   * participants, by name; empty if the contract is unknown or above the caller's clearance.
   */
  public List<String> partiesOf(@NotNull String contractNumber) {
    return contracts.partyNamesOf(contractNumber);
  }

  /** The numbers of the contract's clauses in force, in order; empty if unknown or hidden. */
  public List<String> clauseNumbersOf(@NotNull String contractNumber) {
    return clauses.viewsOf(contractNumber).stream()
        .filter(c -> !c.removed())
        .map(c -> c.number())
        .toList();
  }

  /** The contract's restrictions, in clause order: one statement. */
  public List<RestrictionView> restrictionsOf(@NotNull String contractNumber) {
    return restrictions.viewsOf(contractNumber);
  }
}
