package org.clausewatch.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void requiredTextIsTrimmedAndBounded() {
    assertThat(Text.required("  H-7 ", 3, "bad")).isEqualTo("H-7");
    assertThatThrownBy(() -> Text.required(" ", 3, "needs a number")).hasMessage("needs a number");
    assertThatThrownBy(() -> Text.required("H-77", 3, "too long")).hasMessage("too long");
  }

  @Test
  void optionalTextIsNullWhenBlankAndStillBounded() {
    assertThat(Text.optional("  ", 3, "x")).isNull();
    assertThat(Text.optional(null, 3, "x")).isNull();
    assertThatThrownBy(() -> Text.optional("abcd", 3, "too long")).hasMessage("too long");
  }

  @Test
  void textOfOnlyInvisibleCharactersIsBlank() {
    for (String invisible :
        new String[] {"\u200b", "\u200c\u200d", "\ufeff", " \u00a0 ", "\u2060\u200e", "\u3000"}) {
      assertThatThrownBy(() -> Text.required(invisible, 50, "a name is needed"))
          .hasMessage("a name is needed");
      assertThat(Text.optional(invisible, 50, "x")).isNull();
    }
    assertThat(Text.required("zero\u200bwidth", 50, "x")).isEqualTo("zero\u200bwidth");
    assertThat(Text.required("e\u0301", 50, "x")).isEqualTo("e\u0301");
  }

  @Test
  void whatShowsNothingAtEitherEndIsTrimmed() {
    assertThat(Text.required("\u200bAnthropic", 50, "x")).isEqualTo("Anthropic");
    assertThat(Text.required("\ufeffbom\u00a0", 50, "x")).isEqualTo("bom");
    assertThat(Text.required("\u00ad soft hyphen\u200e", 50, "x")).isEqualTo("soft hyphen");
    assertThat(Text.optional("\u3000\u2060 a \u200d", 50, "x")).isEqualTo("a");
    assertThat(Text.required("\ud83d\ude00\u200b", 50, "x")).isEqualTo("\ud83d\ude00");
  }

  @Test
  void theLengthIsCountedAfterTrimming() {
    assertThat(Text.required("\u200b\u200babc\u200b", 3, "too long")).isEqualTo("abc");
    assertThatThrownBy(() -> Text.required("\u200ba\u200bc", 2, "too long")).hasMessage("too long");
  }
}
