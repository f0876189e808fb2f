package org.clausewatch.shared.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that people write (annotations, replies) as a page shows it: lines, and http(s) addresses as
 * links. The page prints each part with escaping components; no markup is ever built from the text.
 */
public final class PlainText {

  /** A piece of text, a link (its text is the address), or a line break. */
  public record Part(Kind kind, String text) {

    public enum Kind {
      TEXT,
      LINK,
      BREAK
    }

    public boolean link() {
      return kind == Kind.LINK;
    }

    public boolean lineBreak() {
      return kind == Kind.BREAK;
    }
  }

  private static final Pattern LINK =
      Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);

  /** Trailing characters that end a sentence rather than an address. */
  private static final String TRAILING = ".,;:!?)]}";

  private PlainText() {}

  public static List<Part> parts(String text) {
    List<Part> parts = new ArrayList<>();
    if (text == null) {
      return parts;
    }
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int l = 0; l < lines.length; l++) {
      if (l > 0) {
        parts.add(new Part(Part.Kind.BREAK, ""));
      }
      String line = lines[l];
      Matcher m = LINK.matcher(line);
      int at = 0;
      while (m.find()) {
        int end = m.end();
        while (end > m.start() && TRAILING.indexOf(line.charAt(end - 1)) >= 0) {
          end--;
        }
        if (m.start() > at) {
          parts.add(new Part(Part.Kind.TEXT, line.substring(at, m.start())));
        }
        parts.add(new Part(Part.Kind.LINK, line.substring(m.start(), end)));
        at = end;
      }
      if (at < line.length()) {
        parts.add(new Part(Part.Kind.TEXT, line.substring(at)));
      }
    }
    return parts;
  }
}
