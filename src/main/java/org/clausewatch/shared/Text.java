package org.clausewatch.shared;

/**
 * Free text as entities accept it: trimmed, bounded, blank meaning absent. Names that pick one
 * thing out of a list are checked further by {@link Names}.
 */
public final class Text {

  private Text() {}

  /**
   * The text without what shows nothing at either end ({@link #trim}).
   *
   * @throws BusinessException with {@code message} if blank or longer than {@code max}
   */
  public static String required(String value, int max, String message) {
    if (isBlank(value)) {
      throw new BusinessException(message);
    }
    String text = trim(value);
    if (text.length() > max) {
      throw new BusinessException(message);
    }
    return text;
  }

  /**
   * The text as {@link #required}, or null when blank.
   *
   * @throws BusinessException with {@code message} if longer than {@code max}
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
    return value == null || value.codePoints().allMatch(Text::showsNothing);
  }

  /**
   * The text without white space and invisible format characters at either end: a byte order mark
   * or a zero-width space before a pasted name shows nothing, but would make it another name.
   */
  public static String trim(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && showsNothing(value.codePointAt(start))) {
      start += Character.charCount(value.codePointAt(start));
    }
    while (end > start && showsNothing(value.codePointBefore(end))) {
      end -= Character.charCount(value.codePointBefore(end));
    }
    return value.substring(start, end);
  }

  private static boolean showsNothing(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }
}
