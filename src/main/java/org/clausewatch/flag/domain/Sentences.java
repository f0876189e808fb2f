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
 *
 * <p>A blank line does not end a sentence that goes on after it: when a paragraph ends without a
 * stop (".", ";", ":", "?" or "!") and the next one begins with a small letter that is not a list
 * item ("b)", "viii."), they are one sentence, also across the page furniture of filed contracts
 * between them (a page number, an EDGAR "Source:" line, "CONFIDENTIAL").
 */
public final class Sentences {

  /**
   * Which splitting rules these are; part of the detectors' digest (other sentences, other flags).
   */
  static final String RULES = "2: a sentence goes on across a blank line and page furniture";

  private static final Pattern BLANK_LINE =
      Pattern.compile("\\n[ \\t]*\\n\\s*", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern ENDS_WITH_STOP =
      Pattern.compile("[.;:?!][\"')\\]”’]*\\s*$", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern GOES_ON =
      Pattern.compile(
          "^\\s*(?![a-z]{1,4}[.)]\\s)\\p{javaLowerCase}", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern PAGE_FURNITURE =
      Pattern.compile(
          "^\\s*(?:[-–—\\s]*(?:page\\s+)?\\d{1,3}(?:\\s+of\\s+\\d{1,3})?[-–—\\s\\d]*"
              + "|source:[^\\n]*\\d{4}|\\**\\s*confidential(?:\\s+treatment\\s+requested)?\\s*\\**"
              + "|execution\\s+(?:copy|version))\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
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
    List<Span> paragraphs = new ArrayList<>();
    int paragraphStart = 0;
    Matcher blank = BLANK_LINE.matcher(text);
    while (blank.find()) {
      paragraphs.add(new Span(paragraphStart, blank.start()));
      paragraphStart = blank.end();
    }
    paragraphs.add(new Span(paragraphStart, text.length()));
    List<Span> sentences = new ArrayList<>();
    List<Span> furniture = new ArrayList<>();
    Span open = null;
    for (Span paragraph : paragraphs) {
      CharSequence words = text.subSequence(paragraph.start(), paragraph.end());
      if (open != null && PAGE_FURNITURE.matcher(words).matches()) {
        furniture.add(paragraph);
      } else if (open != null && GOES_ON.matcher(words).lookingAt() && !endsWithStop(text, open)) {
        open = new Span(open.start(), paragraph.end());
        furniture.clear();
      } else {
        close(text, open, furniture, sentences);
        open = paragraph;
      }
    }
    close(text, open, furniture, sentences);
    return sentences;
  }

  /**
   * Looks at the paragraph's last characters only: a long run of joined paragraphs stays linear.
   */
  private static boolean endsWithStop(String text, Span paragraph) {
    int end = paragraph.end();
    while (end > paragraph.start() && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return ENDS_WITH_STOP.matcher(text).region(Math.max(paragraph.start(), end - 8), end).find();
  }

  private static void close(String text, Span paragraph, List<Span> furniture, List<Span> into) {
    if (paragraph != null) {
      split(text, paragraph.start(), paragraph.end(), into);
    }
    furniture.forEach(f -> split(text, f.start(), f.end(), into));
    furniture.clear();
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
