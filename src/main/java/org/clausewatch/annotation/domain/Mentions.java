package org.clausewatch.annotation.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colleagues a text names with {@code @username} (user names as accounts allow them: 3 to 64
 * lower-case letters, digits, dots, hyphens and underscores). An e-mail address is not a mention (a
 * letter or digit before the {@code @}), and a sentence's full stop after a name is not part of it.
 */
public final class Mentions {

  /** At most this many names are read from one text: a reply is not a mailing list. */
  public static final int MAX = 20;

  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{L}\\p{N}@._-])@([A-Za-z0-9][A-Za-z0-9._-]{2,63})");

  private Mentions() {}

  /**
   * The names mentioned in {@code text}, lower-cased, in order of first mention, at most {@link
   * #MAX}.
   */
  public static Set<String> in(String text) {
    Set<String> names = new LinkedHashSet<>();
    if (text == null) {
      return names;
    }
    Matcher m = MENTION.matcher(text);
    while (m.find() && names.size() < MAX) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      while (!name.isEmpty() && ".-_".indexOf(name.charAt(name.length() - 1)) >= 0) {
        name = name.substring(0, name.length() - 1);
      }
      if (name.length() >= 3) {
        names.add(name);
      }
    }
    return names;
  }
}
