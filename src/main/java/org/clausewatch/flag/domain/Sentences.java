package org.clausewatch.flag.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits contract text into sentences: paragraphs end at a blank line; inside a paragraph a
 * sentence ends at ".", "?" or "!" (and closing quotes or brackets) followed by white space and a
 * capital letter, a digit or an opening quote, except after an abbreviation ("Inc.", "U.S.",
 * "Sec."), a single letter or a section number ("2.3."). Contracts are full of numbered headings
 * and defined terms, which a general-purpose splitter cuts in the wrong places.
 */
public final class Sentences {

  private static final Pattern BLANK_LINE =
      Pattern.compile("\\n[ \\t]*\\n\\s*", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern END =
      Pattern.compile(
          "([.?!])([\"')\\]]*)(\\s+)(?=[\"'(\\[]?[A-Z0-9])", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern INITIALS = Pattern.compile("(?:[a-z]\\.)+[a-z]");
  private static final Pattern SECTION_NUMBER = Pattern.compile("\\d+(\\.\\d+)*");
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "inc", "ltd", "co", "corp", "no", "nos", "sec", "mr", "mrs", "ms", "dr", "st", "jr", "sr",
          "vs", "v", "e.g", "i.e", "etc", "u.s", "art", "para", "fig", "approx", "dept", "est",
          "n.a", "l.p", "l.l.c", "s.a", "b.v", "n.v", "pty", "plc", "u.k");

  private Sentences() {}

  /** The sentences of a text, trimmed of surrounding white space, in text order. */
  public static List<Span> of(String text) {
    List<Span> sentences = new ArrayList<>();
    int paragraphStart = 0;
    Matcher blank = BLANK_LINE.matcher(text);
    while (blank.find()) {
      split(text, paragraphStart, blank.start(), sentences);
      paragraphStart = blank.end();
    }
    split(text, paragraphStart, text.length(), sentences);
    return sentences;
  }

  private static void split(String text, int from, int to, List<Span> into) {
    int start = from;
    Matcher end = END.matcher(text).region(from, to);
    while (end.find()) {
      if (isAbbreviation(text, start, end.start(1))) {
        continue;
      }
      add(text, start, end.end(2), into);
      start = end.end();
    }
    add(text, start, to, into);
  }

  private static boolean isAbbreviation(String text, int sentenceStart, int period) {
    int wordStart = period;
    while (wordStart > sentenceStart && !isSpace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = strip(text.substring(wordStart, period).toLowerCase(Locale.ROOT));
    return ABBREVIATIONS.contains(word)
        || (word.length() == 1 && Character.isLetter(word.charAt(0)))
        || INITIALS.matcher(word).matches()
        || SECTION_NUMBER.matcher(word).matches();
  }

  private static String strip(String word) {
    int from = 0;
    int to = word.length();
    while (from < to && "(\"'".indexOf(word.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && "(\"'".indexOf(word.charAt(to - 1)) >= 0) {
      to--;
    }
    return word.substring(from, to);
  }

  private static void add(String text, int start, int end, List<Span> into) {
    int s = start;
    int e = end;
    while (s < e && isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      into.add(new Span(s, e));
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
