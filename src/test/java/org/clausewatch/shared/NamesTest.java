package org.clausewatch.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NamesTest {

  private static String checked(String name) {
    return Names.checked(name, 200, "A name is needed", "A party's name");
  }

  @Test
  void namesPeopleWriteAreKept() {
    for (String name :
        new String[] {
          "Anthropic PBC",
          "Department of Defense (DoD)",
          "O'Neil & Sons, Ltd.",
          "Société Générale",
          "İstanbul Büyükşehir Belediyesi",
          "Министерство обороны",
          "Ministry of Defence / Министерство обороны",
          "東京タワー株式会社",
          "삼성전자 Samsung",
          "وزارة الدفاع",
          "Straße 1\u1e9e",
          "Rocket \ud83d\ude80 Labs",
          "Melting \ud83e\udee0 Labs", // an emoji of Unicode 14, unassigned in Java 17's tables
          "Red \u2764\ufe0f Cross",
          "Family \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 Office",
        }) {
      assertThat(checked(name)).as(name).isEqualTo(name);
    }
  }

  @Test
  void aJoinerStaysWhereItsScriptNeedsIt() {
    // Persian "mi-khaham": a non-joiner between two joining letters (UAX #31, A1)
    String persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645";
    assertThat(checked(persian)).isEqualTo(persian);
    // Devanagari: a joiner and a non-joiner after a virama (UAX #31, A2 and B)
    String devanagari = "\u0915\u094d\u200d\u0937 \u0915\u094d\u200c\u0937";
    assertThat(checked(devanagari)).isEqualTo(devanagari);
  }

  @Test
  void invisibleCharactersAtEitherEndAreTrimmedAndTheNameIsInNfc() {
    assertThat(checked("\u200bAnthropic\ufeff")).isEqualTo("Anthropic");
    assertThat(checked("Socie\u0301te\u0301")).isEqualTo("Société");
  }

  @Test
  void anInvisibleCharacterInsideIsRefusedByName() {
    assertThatThrownBy(() -> checked("Anth\u200bropic"))
        .isInstanceOf(BusinessException.class)
        .hasMessage(
            "A party's name cannot hold the invisible character U+200B (zero width space): with"
                + " it, the name would look like another.");
    for (String name :
        new String[] {
          "Anth\u200dropic", // a joiner between Latin letters joins nothing
          "Rocket\u200d\ud83d\ude80", // nor between a letter and an emoji
          "Anth\u200cropic",
          "x\u202eevil.exe\u202dtxt", // a direction override
          "\u2066isolate\u2069 inside",
          "Anthropic\u2060PBC", // a word joiner
          "Ant\u00adhropic", // a soft hyphen
          "Anthropic\u3164PBC", // a Hangul filler, invisible in most fonts
          "Anthropic\ufe00", // a variation selector that selects nothing
          "\ud83c\udff4\udb40\udc67\udb40\udc62 flag", // tag characters
        }) {
      assertThatThrownBy(() -> checked(name))
          .as(name)
          .isInstanceOf(BusinessException.class)
          .hasMessageStartingWith("A party's name cannot hold the invisible character U+");
    }
  }

  @Test
  void aWordInTwoScriptsIsRefusedWithTheScriptsNamed() {
    assertThatThrownBy(() -> checked("\u0391nthropic PBC"))
        .isInstanceOf(BusinessException.class)
        .hasMessage(
            "A party's name mixes Greek and Latin letters in \"\u0391nthropic\": the Greek U+0391"
                + " (greek capital letter alpha) makes it look like a word it is not. Write each"
                + " word in one script.");
    assertThatThrownBy(() -> checked("Open\u0410I"))
        .hasMessageContaining("mixes Latin and Cyrillic letters")
        .hasMessageContaining("the Cyrillic U+0410 (cyrillic capital letter a)");
  }

  @Test
  void oneLineDigitsOfOneKindEachMarkOnceAndNoCharacterWithoutALook() {
    assertThatThrownBy(() -> checked("Anthropic\tPBC")).hasMessageContaining("is one line");
    assertThatThrownBy(() -> checked("Anthropic\nPBC")).hasMessageContaining("is one line");
    assertThatThrownBy(() -> checked("Lot 1\u0661")).hasMessageContaining("number systems");
    assertThatThrownBy(() -> checked("e\u0301\u0301 combining"))
        .hasMessageContaining("repeats a mark");
    for (String name : new String[] {"\ue000", "Anthropic\ue000", "x\u0378"}) {
      assertThatThrownBy(() -> checked(name))
          .as(name)
          .hasMessageContaining("has no agreed look (private use or unassigned)");
    }
  }

  @Test
  void blankAndLongNamesGetTheFieldsMessage() {
    assertThatThrownBy(() -> checked("\u200b\u200c")).hasMessage("A name is needed");
    assertThatThrownBy(() -> Names.checked("Anthropic", 5, "At most 5", "A name"))
        .hasMessage("At most 5");
  }

  @Test
  void theProblemReadsAfterTheFieldsName() {
    assertThat(Names.problem("Anthropic")).isEmpty();
    assertThat(Names.problem("Anth\u200bropic")).get().asString().startsWith("cannot hold");
  }

  @Test
  void namesThatAReaderCouldTakeForEachOtherHaveOneSkeleton() {
    String xai = Names.skeleton("xAI");
    assertThat(Names.skeleton("\u0445\u0410\u0406"))
        .as("wholly Cyrillic: each word is in one script, so problem() lets it through")
        .isEqualTo(xai);
    assertThat(Names.problem("\u0445\u0410\u0406")).isEmpty();
    assertThat(Names.skeleton("xAl")).as("a small L for a capital I").isEqualTo(xai);
    assertThat(Names.skeleton("\uFF30\uFF41\uFF4C\uFF41\uFF4E\uFF54\uFF49\uFF52"))
        .as("full-width letters")
        .isEqualTo(Names.skeleton("Palantir"));
    assertThat(Names.skeleton("Modem Corp")).isEqualTo(Names.skeleton("Modern Corp"));
    assertThat(Names.skeleton("  xAI ")).as("trimmed like the name").isEqualTo(xai);

    assertThat(Names.skeleton("XAI")).as("a capital X does not look like x").isNotEqualTo(xai);
    assertThat(Names.skeleton("OpenAI")).isNotEqualTo(Names.skeleton("Anthropic"));
    assertThat(Names.skeleton("Agency 1")).isNotEqualTo(Names.skeleton("Agency 2"));
  }

  @Test
  void theKeyStoredForAComparisonHasOneLengthHoweverFarANameExpands() {
    // U+FDFA, one Arabic ligature, reads as a whole phrase: 200 of them are a valid name whose
    // skeleton takes 6,000 bytes, more than a PostgreSQL index entry may hold.
    String ligatures = "\uFDFA".repeat(200);
    assertThat(Names.problem(ligatures)).isEmpty();
    assertThat(Names.skeleton(ligatures).getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .hasSizeGreaterThan(2_704);
    assertThat(Names.lookalikeKey(ligatures)).hasSize(64).matches("[0-9a-f]{64}");
    assertThat(Names.lookalikeKey("\u0445\u0410\u0406")).isEqualTo(Names.lookalikeKey("xAI"));
    assertThat(Names.lookalikeKey("XAI")).isNotEqualTo(Names.lookalikeKey("xAI"));
  }
}
