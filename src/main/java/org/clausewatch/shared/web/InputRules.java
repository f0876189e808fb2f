package org.clausewatch.shared.web;

import java.util.OptionalInt;

/**
 * The bounds every value a client sends must keep, checked before any work is done on it. One
 * place, so the filter for URL parameters, the check of form fields and the documentation ({@code
 * docs/security.md}, "Input bounds") agree.
 */
public final class InputRules {

  /** A URL parameter's value, in characters (filters, numbers, ids, dates, search words). */
  public static final int URL_VALUE_MAX = 1_000;

  /** A parameter's name, in characters. */
  public static final int NAME_MAX = 200;

  /** Parameters in one URL. */
  public static final int URL_PARAMETERS_MAX = 50;

  /** Parameters in one form post. */
  public static final int FORM_PARAMETERS_MAX = 1_000;

  /** Any one value of a form post; the longest field (clause text) takes this many. */
  public static final int FORM_VALUE_MAX = 200_000;

  /** A one-line form field without a {@code maxlength} of its own. */
  public static final int LINE_DEFAULT_MAX = 1_000;

  /** A text area without a {@code maxlength} of its own. */
  public static final int TEXT_AREA_DEFAULT_MAX = 20_000;

  /** A field converted to a number: digits, sign, separators and decimals together. */
  public static final int NUMBER_MAX = 40;

  private InputRules() {}

  /**
   * The first character in {@code value} that no field accepts: the C0 controls (NUL to U+001F)
   * except tab, line feed and carriage return, DEL (U+007F), the noncharacters U+FFFE and U+FFFF,
   * and a surrogate without its pair. PostgreSQL cannot store NUL in text at all; the others have
   * no place in a contract's words, and some HTML parsers stop reading at U+FFFF.
   */
  public static OptionalInt forbiddenControl(CharSequence value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || c >= 0xfffe) {
        return OptionalInt.of(c);
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return OptionalInt.of(c);
      }
    }
    return OptionalInt.empty();
  }

  /** "U+0000" for the message that names the character. */
  public static String codePoint(int c) {
    return String.format("U+%04X", c);
  }
}
