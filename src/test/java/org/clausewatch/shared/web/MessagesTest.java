package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message with arguments shows each of them. In a MessageFormat pattern a single apostrophe
 * starts quoted text, so "the library's newest is {1}" printed "the librarys newest is {1}" on the
 * contract page: such a message needs "library''s".
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
}
