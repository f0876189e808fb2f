package org.clausewatch.dispute.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.clausewatch.clause.application.ClauseService;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.application.NewContract;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.dispute.domain.Stance;
import org.clausewatch.party.application.PartyService;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.restriction.application.RestrictionService;
import org.clausewatch.restriction.domain.RestrictionRepository;
import org.clausewatch.restriction.domain.TopicView;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.application.LookalikeKeysAtStartup;
import org.clausewatch.testing.ActingAs;
import org.clausewatch.testing.Callers;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.Sql;
import org.clausewatch.testing.StatementCount;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One restriction across vendors (R5): the seed's two AI vendors of one buyer, the first
 * restricting a use (disputed), the second without any such restriction.
 */
@ExtendWith(ArquillianExtension.class)
@ActingAs
class TopicsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(TopicsIT.class);
  }

  @Inject DisputeService cut;
  @Inject RestrictionService restrictions;
  @Inject ContractService contracts;
  @Inject PartyService parties;
  @Inject ClauseService clauses;
  @Inject LookalikeKeysAtStartup keys;

  @Resource(lookup = "java:jboss/datasources/ClausewatchDS")
  DataSource db;

  private String s;
  private String dod;
  private String anthropic;
  private String xai;
  private long topic;

  private void contract(String number, String vendor, Classification marking) {
    contracts.register(
        new NewContract(
            number,
            "AI for national security " + s,
            ContractType.OTHER,
            dod,
            vendor,
            new BigDecimal("200000000"),
            null,
            "USD",
            null,
            null,
            null,
            marking,
            null));
  }

  @BeforeEach
  void twoVendorsOfOneBuyer() {
    s = TestDatabase.uniqueSuffix();
    dod = "Department " + s;
    parties.register(dod, PartyKind.GOVERNMENT_AGENCY);
    parties.register("Lab A " + s, PartyKind.COMPANY);
    parties.register("Lab X " + s, PartyKind.COMPANY);
    anthropic = "TA-" + s;
    xai = "TX-" + s;
    contract(anthropic, "Lab A " + s, Classification.CUI);
    contract(xai, "Lab X " + s, Classification.SECRET);
    topic = restrictions.createTopic("Mass surveillance " + s, "Of U.S. persons");
    clauses.append(
        anthropic, "H-1", null, "Uses", "No mass surveillance.", ClauseCategory.USAGE_RESTRICTION);
    long r =
        restrictions.restrict(anthropic, "H-1", "Mass surveillance of U.S. persons", null, topic);
    cut.recordPosition(
        anthropic,
        "H-1",
        r,
        "Lab A " + s,
        Stance.ACCEPTS,
        "Insists.",
        LocalDate.of(2026, 11, 24),
        "Meeting");
    cut.recordPosition(
        anthropic,
        "H-1",
        r,
        dod,
        Stance.REJECTS,
        "Lawful orders only.",
        LocalDate.of(2026, 11, 24),
        "Official");
    clauses.append(xai, "H-1", null, "Use", "Any lawful purpose.", ClauseCategory.ACCESS_AND_USE);
  }

  @Test
  void theTopicShowsEachRestrictionWithBothStancesAndTheBuyersContractsWithoutIt() {
    TopicComparison comparison = cut.topic(topic).orElseThrow();

    assertThat(comparison.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.contractNumber()).isEqualTo(anthropic);
              assertThat(row.vendor()).isEqualTo("Lab A " + s);
              assertThat(row.term().disputed()).isTrue();
              assertThat(row.buyerStance()).isEqualTo("REJECTS");
              assertThat(row.vendorStance()).isEqualTo("ACCEPTS");
            });
    assertThat(comparison.without())
        .extracting(TopicComparison.Without::number, TopicComparison.Without::vendor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(xai, "Lab X " + s));
  }

  @Test
  void aContractAboveTheCallersClearanceIsNeitherARowNorWithout() {
    String cui = TestUsers.create(TestUsers.unique("topic-cui"), "CUI", "MANAGER");

    TopicComparison seen = Callers.as(cui, () -> cut.topic(topic).orElseThrow());

    assertThat(seen.rows()).hasSize(1);
    assertThat(seen.without())
        .as("the SECRET xAI contract does not exist for a CUI user")
        .isEmpty();
  }

  @Test
  void theComparisonIsReadInAFixedNumberOfStatements() {
    assertThat(StatementCount.of(() -> cut.topic(topic))).as("no N+1").isEqualTo(5);
  }

  @Test
  void aTopicNameIsUniqueInAnyCase() {
    assertThatThrownBy(() -> restrictions.createTopic("MASS SURVEILLANCE " + s.toUpperCase(), null))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("already");
  }

  @Test
  void aTopicNameThatWouldLookLikeAnotherIsRefused() {
    int before = restrictions.topics().size();
    assertThatThrownBy(() -> restrictions.createTopic("\u200bMass surveillance " + s, null))
        .isInstanceOf(BusinessException.class)
        .hasMessage("The catalogue has a topic \"Mass surveillance " + s + "\" already.");
    assertThatThrownBy(() -> restrictions.createTopic("M\u0430ss surveillance " + s, null))
        .isInstanceOf(BusinessException.class)
        .hasMessageStartingWith("A topic's name mixes Latin and Cyrillic letters");
    assertThatThrownBy(() -> restrictions.createTopic("Mass surveiIlance " + s, null))
        .as("a capital I for a small L: each word passes on its own")
        .isInstanceOf(BusinessException.class)
        .hasMessageStartingWith(
            "A topic's name \"Mass surveiIlance "
                + s
                + "\" would look like that of the topic \"Mass surveillance "
                + s
                + "\"");
    assertThat(restrictions.topics()).hasSize(before);
  }

  @Test
  void legalStaffCorrectATopicUnlessTheNameIsAnothersOrLooksLikeItOrItChangedMeanwhile() {
    TopicView read = restrictions.topic(topic).orElseThrow();
    String other = "Final targeting " + s;
    restrictions.createTopic(other, null);

    assertThatThrownBy(
            () -> restrictions.editTopic(topic, read.version(), other.toUpperCase(), null))
        .isInstanceOf(BusinessException.class)
        .hasMessage("The catalogue has a topic \"" + other + "\" already.");
    assertThatThrownBy(
            () -> restrictions.editTopic(topic, read.version(), "FinaI targeting " + s, null))
        .as("a capital I for a small L")
        .isInstanceOf(BusinessException.class)
        .hasMessageStartingWith(
            "A topic's name \"FinaI targeting "
                + s
                + "\" would look like that of the topic \""
                + other
                + "\"");
    assertThat(restrictions.topic(topic)).as("nothing changed").contains(read);

    String renamed = "Mass surveiIlance " + s;
    assertThat(restrictions.editTopic(topic, read.version(), " " + renamed, "At scale"))
        .as("a topic may take a name that looks like its own; stored stripped")
        .isEqualTo(renamed);
    assertThat(restrictions.topic(topic).orElseThrow())
        .isEqualTo(new TopicView(topic, read.version() + 1, renamed, "At scale"));
    assertThat(cut.topic(topic).orElseThrow().name())
        .as("the comparison shows the new name")
        .isEqualTo(renamed);

    assertThatThrownBy(() -> restrictions.editTopic(topic, read.version(), "Again " + s, null))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("meanwhile");
    assertThatThrownBy(() -> restrictions.editTopic(-1, 0, "Nowhere " + s, null))
        .isInstanceOf(BusinessException.class)
        .hasMessage("Unknown topic -1.");
  }

  @Test
  void topicsWrittenInSqlAreComparedOnceTheirKeysAreRecorded() throws Exception {
    String targeting = "Final targeting " + s;
    Sql.update(
        db,
        "insert into topic (id, version, name, created_by, created_at)"
            + " values (nextval('topic_seq'), 0, ?, 'counsel', now())",
        targeting);
    assertThat(keys.fillMissing(RestrictionRepository.TOPIC_NAMES)).isPositive();
    String fullWidth = "\uFF26inal targeting " + s;
    assertThatThrownBy(() -> restrictions.createTopic(fullWidth, null))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("would look like that of the topic \"" + targeting + "\"");
    assertThat(keys.fillMissing(RestrictionRepository.TOPIC_NAMES))
        .as("nothing left to record")
        .isZero();
  }
}
