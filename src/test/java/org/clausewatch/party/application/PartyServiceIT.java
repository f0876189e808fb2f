package org.clausewatch.party.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.party.domain.PartyRepository;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.application.LookalikeKeysAtStartup;
import org.clausewatch.testing.ActingAs;
import org.clausewatch.testing.Callers;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.HeldTransaction;
import org.clausewatch.testing.Sql;
import org.clausewatch.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A party's name picks it out of the directory: a name that would look like another party's is
 * refused, through the real service on PostgreSQL, and nothing is saved.
 */
@ExtendWith(ArquillianExtension.class)
@ActingAs
class PartyServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(PartyServiceIT.class);
  }

  @Inject PartyService cut;
  @Inject LookalikeKeysAtStartup skeletons;

  @Resource(lookup = "java:jboss/datasources/ClausewatchDS")
  DataSource db;

  @Resource ManagedExecutorService executor;
  @Resource UserTransaction transaction;

  private String s;
  private String lab;

  @BeforeEach
  void aParty() {
    s = TestDatabase.uniqueSuffix();
    lab = "Lookalike Lab " + s;
    cut.register(lab, PartyKind.COMPANY);
  }

  private long named(String text) {
    return cut.directory(text, PageRequest.first(10)).total();
  }

  @Test
  void aZeroWidthSpaceBeforeAnExistingNameIsTheSameParty() {
    assertThatThrownBy(() -> cut.register("\u200b" + lab + "\ufeff", PartyKind.COMPANY))
        .isInstanceOf(BusinessException.class)
        .hasMessage("A party named \"" + lab + "\" already exists.");
    assertThat(named(s)).as("only the first party").isEqualTo(1);
  }

  @Test
  void aNameWithHiddenOrForeignLookalikeLettersIsRefusedAndNothingIsSaved() {
    assertThatThrownBy(() -> cut.register("Lookalike\u200bLab " + s, PartyKind.COMPANY))
        .isInstanceOf(BusinessException.class)
        .hasMessageStartingWith("A party's name cannot hold the invisible character U+200B");
    assertThatThrownBy(() -> cut.register("Lo\u043ekalike Lab " + s, PartyKind.COMPANY))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("mixes Latin and Cyrillic letters in \"Lo\u043ekalike\"");
    assertThat(named(s)).as("only the first party").isEqualTo(1);
  }

  @Test
  void aRenameIsCheckedAndTheNameAsStoredIsReturned() {
    String other = "Other Lab " + s;
    cut.register(other, PartyKind.COMPANY);
    PartyLine read = cut.party(other).orElseThrow();
    PartyDetails details = PartyDetails.of(read);

    assertThatThrownBy(
            () ->
                cut.edit(
                    other,
                    read,
                    new PartyDetails(
                        "\u2060" + lab,
                        details.kind(),
                        details.uei(),
                        details.cageCode(),
                        details.description())))
        .isInstanceOf(BusinessException.class)
        .hasMessage("A party named \"" + lab + "\" already exists.");

    String decomposed = "Socie\u0301te\u0301 Lab " + s;
    String saved =
        cut.edit(
            other,
            read,
            new PartyDetails(
                " " + decomposed + "\u200b",
                details.kind(),
                details.uei(),
                details.cageCode(),
                details.description()));
    assertThat(saved).isEqualTo("Soci\u00e9t\u00e9 Lab " + s);
    assertThat(cut.party(saved)).isPresent();
    assertThat(cut.party(other)).isEmpty();
  }

  @Test
  void aNameThatLooksLikeAPartysInAnotherScriptOrWithOtherLettersIsRefusedAndNothingIsSaved() {
    String xai = "xAI Lab " + s;
    cut.register(xai, PartyKind.COMPANY);

    for (String lookalike : new String[] {"\u0445\u0410\u0406 Lab " + s, "xAl Lab " + s}) {
      assertThatThrownBy(() -> cut.register(lookalike, PartyKind.COMPANY))
          .as("wholly Cyrillic, and with a small L: each word passes on its own")
          .isInstanceOf(BusinessException.class)
          .hasMessageStartingWith(
              "A party's name \""
                  + lookalike
                  + "\" would look like that of the party \""
                  + xai
                  + "\"");
    }
    assertThat(named(s)).as("the first party and xAI only").isEqualTo(2);
    String ligatures = "\uFDFA".repeat(190) + " " + s;
    assertThat(cut.register(ligatures, PartyKind.OTHER).name())
        .as("a name whose skeleton outgrows an index entry (6,000 bytes) is stored by its key")
        .isEqualTo(ligatures);
    assertThat(cut.register("XAI Labs " + s, PartyKind.COMPANY).name())
        .as("a name that reads differently is not refused")
        .isEqualTo("XAI Labs " + s);
  }

  @Test
  void aRenameToAnotherPartysLookalikeIsRefusedAndToItsOwnIsNot() {
    String xai = "xAI Lab " + s;
    String typo = "xAl Lab " + s;
    cut.register(xai, PartyKind.COMPANY);
    String other = "Other Lab " + s;
    cut.register(other, PartyKind.COMPANY);
    PartyLine read = cut.party(other).orElseThrow();
    assertThatThrownBy(() -> cut.edit(other, read, renamed(read, typo)))
        .isInstanceOf(BusinessException.class)
        .hasMessageStartingWith(
            "A party's name \"" + typo + "\" would look like that of the party \"" + xai + "\"");
    assertThat(cut.party(other)).isPresent();

    PartyLine first = cut.party(xai).orElseThrow();
    assertThat(cut.edit(xai, first, renamed(first, typo)))
        .as("a party may take a name that looks like its own")
        .isEqualTo(typo);
  }

  @Test
  void partiesWrittenInSqlAreComparedOnceTheirSkeletonsAreRecorded() throws Exception {
    String palantir = "Palantir " + s;
    Sql.update(
        db,
        "insert into party (id, version, name, kind) values (nextval('party_seq'), 0, ?,"
            + " 'COMPANY')",
        palantir);
    assertThat(skeletons.fillMissing(PartyRepository.NAMES)).isPositive();
    assertThat(
            Sql.value(
                db, String.class, "select name_lookalike_key from party where name = ?", palantir))
        .isNotNull();
    assertThat(Sql.value(db, Long.class, "select version from party where name = ?", palantir))
        .as("a form opened on the party before its key was recorded still saves")
        .isZero();
    String fullWidth = "\uFF30\uFF41\uFF4C\uFF41\uFF4E\uFF54\uFF49\uFF52 " + s;
    assertThatThrownBy(() -> cut.register(fullWidth, PartyKind.COMPANY))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("would look like that of the party \"" + palantir + "\"");
    assertThat(skeletons.fillMissing(PartyRepository.NAMES)).as("nothing left to record").isZero();
  }

  @Test
  void ofTwoLookalikeNamesRegisteredAtOnceTheSecondWaitsForTheFirstAndIsRefused() throws Exception {
    String first = "Race AI Lab " + s;
    String second = "Race Al Lab " + s;
    HeldTransaction<String> firstRegistration =
        HeldTransaction.done(
            executor,
            transaction,
            () ->
                Callers.as(
                    ActingAs.ALL_ROLES, () -> cut.register(first, PartyKind.COMPANY).name()));
    Future<String> secondRegistration =
        executor.submit(
            () ->
                Callers.as(
                    ActingAs.ALL_ROLES, () -> cut.register(second, PartyKind.COMPANY).name()));
    Sql.awaitWaitingForALock(db, "locktype = 'advisory'");
    assertThat(secondRegistration).as("the second waits for the first").isNotDone();
    assertThat(firstRegistration.commit()).isEqualTo(first);
    assertThatThrownBy(() -> secondRegistration.get(30, TimeUnit.SECONDS))
        .hasCauseInstanceOf(BusinessException.class)
        .cause()
        .hasMessageStartingWith(
            "A party's name \""
                + second
                + "\" would look like that of the party \""
                + first
                + "\"");
    assertThat(named(s)).as("the Lookalike Lab and the first only").isEqualTo(2);
  }

  private static PartyDetails renamed(PartyLine read, String name) {
    PartyDetails details = PartyDetails.of(read);
    return new PartyDetails(
        name, details.kind(), details.uei(), details.cageCode(), details.description());
  }
}
