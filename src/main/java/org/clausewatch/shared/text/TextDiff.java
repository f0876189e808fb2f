package org.clausewatch.shared.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-by-word difference of two texts, readable as one text with insertions and deletions.
 *
 * <p>Bounded work: the words both texts share at the start and the end are matched directly; only
 * the changed middle is diffed, word by word while it has at most {@value #DIFF_LIMIT} words, else
 * line by line while it has at most that many lines, else shown as removed then added. A clause of
 * tens of thousands of words therefore costs milliseconds, not seconds.
 */
public final class TextDiff {

  /** The most tokens (words or lines, both sides together) the diff algorithm gets. */
  static final int DIFF_LIMIT = 4_000;

  private static final Pattern LINE = Pattern.compile("[^\\n]*\\n|[^\\n]+");

  /** Words with the space after them, so joined segments give back the text exactly. */
  private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

  private TextDiff() {}

  public static List<TextSegment> words(String before, String after) {
    List<String> a = tokens(before, TOKEN);
    List<String> b = tokens(after, TOKEN);
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<TextSegment> segments = new ArrayList<>();
    add(segments, TextSegment.Kind.SAME, a.subList(0, prefix));
    List<String> middleA = a.subList(prefix, a.size() - suffix);
    List<String> middleB = b.subList(prefix, b.size() - suffix);
    if (middleA.size() + middleB.size() <= DIFF_LIMIT) {
      diff(segments, middleA, middleB);
    } else {
      List<String> linesA = tokens(String.join("", middleA), LINE);
      List<String> linesB = tokens(String.join("", middleB), LINE);
      if (linesA.size() + linesB.size() <= DIFF_LIMIT) {
        diff(segments, linesA, linesB);
      } else {
        add(segments, TextSegment.Kind.REMOVED, middleA);
        add(segments, TextSegment.Kind.ADDED, middleB);
      }
    }
    add(segments, TextSegment.Kind.SAME, a.subList(a.size() - suffix, a.size()));
    return segments;
  }

  private static void diff(List<TextSegment> segments, List<String> a, List<String> b) {
    Patch<String> patch = DiffUtils.diff(a, b);
    int position = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      add(segments, TextSegment.Kind.SAME, a.subList(position, start));
      add(segments, TextSegment.Kind.REMOVED, delta.getSource().getLines());
      add(segments, TextSegment.Kind.ADDED, delta.getTarget().getLines());
      position = start + delta.getSource().size();
    }
    add(segments, TextSegment.Kind.SAME, a.subList(position, a.size()));
  }

  private static void add(List<TextSegment> segments, TextSegment.Kind kind, List<String> words) {
    if (words.isEmpty()) {
      return;
    }
    String text = String.join("", words);
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).kind() == kind) {
      segments.set(last, new TextSegment(kind, segments.get(last).text() + text));
    } else {
      segments.add(new TextSegment(kind, text));
    }
  }

  private static List<String> tokens(String text, Pattern pattern) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }
}
