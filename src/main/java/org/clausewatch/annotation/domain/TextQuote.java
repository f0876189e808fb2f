package org.clausewatch.annotation.domain;

import java.util.Objects;

/**
 * Where an annotation points in a clause's text, as the W3C Web Annotation model describes it: a
 * text-quote selector (the exact words, with up to {@value #CONTEXT} characters before and after)
 * and a text-position selector (the start and end offsets, in UTF-16 characters as Java and the
 * browser's DOM count them).
 */
public record TextQuote(String exact, String prefix, String suffix, int start, int end) {

  /** Characters of context kept before and after the exact words. */
  public static final int CONTEXT = 32;

  /** The longest quote an annotation may point at. */
  public static final int MAX_LENGTH = 2000;

  public TextQuote {
    Objects.requireNonNull(exact);
    Objects.requireNonNull(prefix);
    Objects.requireNonNull(suffix);
    if (start < 0 || end <= start || end - start != exact.length()) {
      throw new IllegalArgumentException("A quote's offsets must span its words");
    }
  }

  /**
   * The selector for {@code text[start, end)}, with its context.
   *
   * @throws IllegalArgumentException if the range is empty, outside the text or too long
   */
  public static TextQuote of(String text, int start, int end) {
    if (start < 0 || end > text.length() || end <= start) {
      throw new IllegalArgumentException("The words are not in the text");
    }
    if (end - start > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "An annotation points at up to " + MAX_LENGTH + " characters");
    }
    return new TextQuote(
        text.substring(start, end),
        text.substring(Math.max(0, start - CONTEXT), start),
        text.substring(end, Math.min(text.length(), end + CONTEXT)),
        start,
        end);
  }
}
