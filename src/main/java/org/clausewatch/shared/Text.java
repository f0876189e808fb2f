package org.clausewatch.shared;

/** Free text as entities accept it: trimmed, bounded, blank meaning absent. */
public final class Text {

  private Text() {}

  /**
   * The trimmed text.
   *
   * @throws IllegalArgumentException with {@code message} if blank or longer than {@code max}
   */
  public static String required(String value, int max, String message) {
    if (value == null || value.isBlank() || value.strip().length() > max) {
      throw new BusinessException(message);
    }
    return value.strip();
  }

  /**
   * The trimmed text, or null when blank.
   *
   * @throws IllegalArgumentException with {@code message} if longer than {@code max}
   */
  public static String optional(String value, int max, String message) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return required(value, max, message);
  }
}
