package org.clausewatch.flag.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  private static List<String> split(String text) {
    return Sentences.of(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void aSentenceEndsAtAStopBeforeACapitalOrADigit() {
    assertThat(split("The term is one year. It renews. 3. Payment follows."))
        .containsExactly("The term is one year.", "It renews.", "3. Payment follows.");
  }

  @Test
  void abbreviationsInitialsAndSectionNumbersDoNotEndASentence() {
    assertThat(
            split(
                "Acme Inc. and the U.S. Department agree. See Sec. 2.3. It applies to e.g. Parts"
                    + " of it."))
        .containsExactly(
            "Acme Inc. and the U.S. Department agree.",
            "See Sec. 2.3. It applies to e.g. Parts of it.");
  }

  @Test
  void aBlankLineEndsAParagraphAndWhiteSpaceIsTrimmed() {
    assertThat(split("  ARTICLE 7\n\n   Governing law applies here\nacross lines.  \n"))
        .containsExactly("ARTICLE 7", "Governing law applies here\nacross lines.");
  }

  @Test
  void aSentenceGoesOnAcrossABlankLineAndPageFurniture() {
    assertThat(
            split(
                "Excite will indemnify Sponsor, its\n\n13\n\nSource: ACME CORP, 8-K,"
                    + " 8/22/2018\n\naffiliates and agents. It ends.\n\nthe next paragraph."))
        .containsExactly(
            "Excite will indemnify Sponsor, its\n\n13\n\nSource: ACME CORP, 8-K,"
                + " 8/22/2018\n\naffiliates and agents.",
            "It ends.",
            "the next paragraph.");
  }

  @Test
  void aListItemOrAStopStartsANewSentenceAfterABlankLine() {
    assertThat(split("The deductions are:\n\ni) credits\n\nb) returns\n\nPage 4\n\nviii. taxes"))
        .containsExactly(
            "The deductions are:", "i) credits", "b) returns", "Page 4", "viii. taxes");
  }

  @Test
  void manyParagraphsThatGoOnAreSplitInLinearTime() {
    String text = "a line\n\n".repeat(100_000) + "ends here.";

    long start = System.nanoTime();
    List<String> sentences = split(text);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(sentences).hasSize(1);
    assertThat(millis).as("a joined run is not scanned again per paragraph").isLessThan(5_000);
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertThat(split("He said \"never.\" Then it ended."))
        .containsExactly("He said \"never.\"", "Then it ended.");
  }

  @Test
  void aSingleCapitalBeforeAStopIsTakenForAnInitial() {
    assertThat(split("Signed by J. Smith today. See Exhibit B. It follows."))
        .as("known limit: \"Exhibit B.\" does not end a sentence")
        .containsExactly("Signed by J. Smith today.", "See Exhibit B. It follows.");
  }

  @Test
  void emptyTextHasNoSentence() {
    assertThat(Sentences.of("   \n\n  ")).isEmpty();
  }
}
