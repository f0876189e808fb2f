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
}
