package org.clausewatch.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clausewatch.shared.text.PlainText.Part;
import org.clausewatch.shared.text.PlainText.Part.Kind;
import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void linesBecomeBreaksAndWebAddressesBecomeLinksWithoutTheSentencesFullStop() {
    List<Part> parts =
        PlainText.parts("See https://www.defense.gov/News/ today.\r\nSecond line <b>bold</b>");

    assertThat(parts)
        .containsExactly(
            new Part(Kind.TEXT, "See "),
            new Part(Kind.LINK, "https://www.defense.gov/News/"),
            new Part(Kind.TEXT, " today."),
            new Part(Kind.BREAK, ""),
            new Part(Kind.TEXT, "Second line <b>bold</b>"));
  }

  @Test
  void onlyHttpAndHttpsAddressesAreLinks() {
    assertThat(PlainText.parts("javascript:alert(1) data:text/html,x mailto:a@b"))
        .extracting(Part::kind)
        .containsOnly(Kind.TEXT);
  }
}
