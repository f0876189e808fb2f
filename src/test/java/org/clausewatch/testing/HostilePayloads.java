package org.clausewatch.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/payloads.txt}): one payload per line,
 * with {@code \\uXXXX}, {@code \\r}, {@code \\n}, {@code \\t} and {@code \\\\} escapes, and
 * {@code @repeat N TEXT} for long values.
 */
public final class HostilePayloads {

  /** What an evaluated expression-language payload of the corpus would print. */
  public static final String EVALUATED_MARKER = "1340961";

  /**
   * The marker as a number of its own: random digits elsewhere in a page (a view state, a socket
   * channel id) contain its seven digits about once in fifteen thousand pages.
   */
  private static final Pattern EVALUATED =
      Pattern.compile("(?<![0-9])" + EVALUATED_MARKER + "(?![0-9])");

  private static final Pattern REPEAT = Pattern.compile("@repeat (\\d+) (.*)");

  private HostilePayloads() {}

  /** Whether a page printed the value of an evaluated payload. */
  public static boolean showsEvaluation(String body) {
    return EVALUATED.matcher(body).find();
  }

  public static List<String> all() {
    List<String> payloads = new ArrayList<>();
    try (InputStream in = HostilePayloads.class.getResourceAsStream("/hostile/payloads.txt");
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        Matcher repeat = REPEAT.matcher(line);
        payloads.add(
            repeat.matches()
                ? unescape(repeat.group(2)).repeat(Integer.parseInt(repeat.group(1)))
                : unescape(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return payloads;
  }

  static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 'r' -> out.append('\r');
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        default -> out.append(next);
      }
    }
    return out.toString();
  }

  /** Whether the payload would be markup if a page printed it unescaped. */
  public static boolean isMarkup(String payload) {
    return payload.indexOf('<') >= 0 || payload.indexOf('"') >= 0;
  }
}
