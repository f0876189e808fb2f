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
    if (isBlank(value) || value.strip().length() > max) {
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
    if (isBlank(value)) {
      return null;
    }
    return required(value, max, message);
  }

  /**
   * Whether the text shows nothing: null, empty, or only white space (the no-break space too) and
   * invisible format characters (a zero-width space or joiner, a byte order mark, a direction
   * mark). A name made of those would be saved and then shown as nothing at all (a link nobody can
   * see or read).
   */
  public static boolean isBlank(String value) {
    return value == null
        || value
            .codePoints()
            .allMatch(
                c ->
                    Character.isWhitespace(c)
                        || Character.isSpaceChar(c)
                        || Character.getType(c) == Character.FORMAT);
  }
}
