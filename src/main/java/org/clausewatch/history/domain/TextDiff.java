package org.clausewatch.history.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word-by-word difference of two texts, readable as one text with insertions and deletions. */
public final class TextDiff {

  /** Words with the space after them, so joined segments give back the text exactly. */
  private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

  private TextDiff() {}

  public static List<TextSegment> words(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<TextSegment> segments = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      add(segments, TextSegment.Kind.SAME, a.subList(position, start));
      add(segments, TextSegment.Kind.REMOVED, delta.getSource().getLines());
      add(segments, TextSegment.Kind.ADDED, delta.getTarget().getLines());
      position = start + delta.getSource().size();
    }
    add(segments, TextSegment.Kind.SAME, a.subList(position, a.size()));
    return segments;
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

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }
}
