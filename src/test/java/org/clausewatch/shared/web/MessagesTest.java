package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message with arguments shows each of them. In a MessageFormat pattern a single apostrophe
 * starts quoted text, so "the library's newest is {1}" printed "the librarys newest is {1}" on the
 * contract page: such a message needs "library''s". And no key is defined twice: the bundle keeps
 * the last definition, so a second "contracts.status" (an announcement) once replaced the list's
 * "Status" filter label with "Page {0} of {1}, ...".
 */
class MessagesTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

  @Test
  void everyArgumentOfEveryMessageIsShown() {
    ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.ENGLISH);
    List<String> wrong = new ArrayList<>();
    for (String key : bundle.keySet()) {
      String pattern = bundle.getString(key);
      Matcher m = ARGUMENT.matcher(pattern);
      List<Integer> indexes = new ArrayList<>();
      while (m.find()) {
        indexes.add(Integer.parseInt(m.group(1)));
      }
      if (indexes.isEmpty()) {
        continue;
      }
      Object[] arguments = new Object[indexes.stream().mapToInt(i -> i).max().orElseThrow() + 1];
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = 7_000_000 + i;
      }
      String shown = MessageFormat.format(pattern, arguments);
      for (int i : indexes) {
        if (!shown.contains(String.format(Locale.ENGLISH, "%,d", 7_000_000 + i))
            && !shown.contains(String.valueOf(7_000_000 + i))) {
          wrong.add(key + " does not show {" + i + "}: " + shown);
        }
      }
      // '' is an apostrophe; '{name}' keeps a PrimeFaces placeholder from MessageFormat.
      if (pattern.replace("''", "").replaceAll("'\\{[a-zA-Z]+\\}'", "").contains("'")) {
        wrong.add(key + " has a single apostrophe, which MessageFormat drops: " + shown);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void noKeyIsDefinedTwice() throws IOException {
    Set<String> seen = new HashSet<>();
    List<String> twice = new ArrayList<>();
    Properties counting =
        new Properties() {
          private static final long serialVersionUID = 1L;

          @Override
          public synchronized Object put(Object key, Object value) {
            if (!seen.add((String) key)) {
              twice.add((String) key);
            }
            return super.put(key, value);
          }
        };
    try (InputStream in = MessagesTest.class.getResourceAsStream("/messages.properties")) {
      counting.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(seen).hasSizeGreaterThan(100);
    assertThat(twice).isEmpty();
  }
}
