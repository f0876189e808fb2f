package org.clausewatch.party.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.testing.ActingAs;
import org.clausewatch.testing.Deployments;
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
}
