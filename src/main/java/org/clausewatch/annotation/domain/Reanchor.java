package org.clausewatch.annotation.domain;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds an annotation's words again in a clause's new text, after an amendment (R2).
 *
 * <ol>
 *   <li>Exact: every occurrence of the quoted words. One is the anchor; of several, the one whose
 *       surrounding characters best match the stored prefix and suffix, then the one nearest the
 *       old position.
 *   <li>Fuzzy: otherwise, the stretch of the new text from a word start to a word end whose
 *       Levenshtein similarity to the quote, {@code 1 - distance / longer length}, is highest and
 *       at least {@link #THRESHOLD} (at most a quarter of the characters changed); ties broken as
 *       above. Searched within {@link #FUZZY_WINDOW} characters of the old position, so the work
 *       stays bounded for the longest clauses; a quote of more than {@link #LONG_QUOTE} characters
 *       is looked for between exact matches of its first and last 32 characters instead.
 *   <li>Orphaned: neither; the annotation keeps its original quote.
 * </ol>
 */
public final class Reanchor {

  /** The least similarity a changed quote must keep to stay anchored. */
  public static final double THRESHOLD = 0.75;

  /**
   * Quotes longer than this are matched by their first and last words (a window search would cost
   * too much): see {@link #byHeadAndTail}.
   */
  static final int LONG_QUOTE = 200;

  /** How far from the old position (each way) a fuzzy match is looked for. */
  public static final int FUZZY_WINDOW = 10_000;

  private Reanchor() {}

  public static Anchoring in(String text, TextQuote quote) {
    List<Integer> exact = new ArrayList<>();
    for (int i = text.indexOf(quote.exact()); i >= 0; i = text.indexOf(quote.exact(), i + 1)) {
      exact.add(i);
    }
    if (!exact.isEmpty()) {
      int best = exact.get(0);
      for (int candidate : exact) {
        if (better(
            text,
            quote,
            candidate,
            candidate + quote.exact().length(),
            best,
            best + quote.exact().length())) {
          best = candidate;
        }
      }
      return new Anchoring(AnchorState.ANCHORED, best, best + quote.exact().length(), 1.0);
    }
    return fuzzy(text, quote);
  }

  private static Anchoring fuzzy(String text, TextQuote quote) {
    String exact = quote.exact();
    int length = exact.length();
    int allowed = (int) Math.floor(length * (1 - THRESHOLD));
    LevenshteinDistance distance = new LevenshteinDistance(allowed);
    if (length > LONG_QUOTE) {
      return byHeadAndTail(text, quote, distance);
    }
    int from = Math.max(0, quote.start() - FUZZY_WINDOW);
    int to = Math.min(text.length(), quote.end() + FUZZY_WINDOW);
    double bestScore = -1;
    int bestStart = -1;
    int bestEnd = -1;
    for (int start = from; start < to; start++) {
      if (!wordStart(text, start)) {
        continue;
      }
      int minEnd = Math.max(start + 1, start + length - allowed);
      int maxEnd = Math.min(to, start + length + allowed);
      for (int end = minEnd; end <= maxEnd; end++) {
        if (!wordEnd(text, end)) {
          continue;
        }
        int d = distance.apply(exact, text.substring(start, end));
        if (d < 0) {
          continue;
        }
        double score = 1.0 - (double) d / Math.max(length, end - start);
        if (score < THRESHOLD) {
          continue;
        }
        if (score > bestScore
            || (score == bestScore && better(text, quote, start, end, bestStart, bestEnd))) {
          bestScore = score;
          bestStart = start;
          bestEnd = end;
        }
      }
    }
    return bestStart < 0
        ? Anchoring.orphaned()
        : new Anchoring(AnchorState.FUZZY, bestStart, bestEnd, bestScore);
  }

  /**
   * A long quote: its first and last {@value TextQuote#CONTEXT} characters, found exactly, delimit
   * the candidate stretches; the most similar one above the threshold wins.
   */
  private static Anchoring byHeadAndTail(
      String text, TextQuote quote, LevenshteinDistance distance) {
    String exact = quote.exact();
    String head = exact.substring(0, TextQuote.CONTEXT);
    String tail = exact.substring(exact.length() - TextQuote.CONTEXT);
    double bestScore = -1;
    int bestStart = -1;
    int bestEnd = -1;
    for (int start = text.indexOf(head); start >= 0; start = text.indexOf(head, start + 1)) {
      int maxEnd = start + (int) Math.ceil(exact.length() / THRESHOLD);
      for (int t = text.indexOf(tail, start + TextQuote.CONTEXT);
          t >= 0 && t + tail.length() <= maxEnd;
          t = text.indexOf(tail, t + 1)) {
        int end = t + tail.length();
        int d = distance.apply(exact, text.substring(start, end));
        if (d < 0) {
          continue;
        }
        double score = 1.0 - (double) d / Math.max(exact.length(), end - start);
        if (score >= THRESHOLD && score > bestScore) {
          bestScore = score;
          bestStart = start;
          bestEnd = end;
        }
      }
    }
    return bestStart < 0
        ? Anchoring.orphaned()
        : new Anchoring(AnchorState.FUZZY, bestStart, bestEnd, bestScore);
  }

  /** Whether [start, end) fits the quote's context better than [otherStart, otherEnd). */
  private static boolean better(
      String text, TextQuote quote, int start, int end, int otherStart, int otherEnd) {
    int context = context(text, quote, start, end);
    int other = context(text, quote, otherStart, otherEnd);
    if (context != other) {
      return context > other;
    }
    return Math.abs(start - quote.start()) < Math.abs(otherStart - quote.start());
  }

  /** Characters of the stored prefix and suffix that surround [start, end) in the text. */
  private static int context(String text, TextQuote quote, int start, int end) {
    int before = 0;
    String prefix = quote.prefix();
    while (before < prefix.length()
        && start - 1 - before >= 0
        && text.charAt(start - 1 - before) == prefix.charAt(prefix.length() - 1 - before)) {
      before++;
    }
    int after = 0;
    String suffix = quote.suffix();
    while (after < suffix.length()
        && end + after < text.length()
        && text.charAt(end + after) == suffix.charAt(after)) {
      after++;
    }
    return before + after;
  }

  private static boolean wordStart(String text, int i) {
    return !Character.isWhitespace(text.charAt(i))
        && (i == 0
            || !Character.isLetterOrDigit(text.charAt(i - 1))
            || !Character.isLetterOrDigit(text.charAt(i)));
  }

  private static boolean wordEnd(String text, int end) {
    return end <= text.length()
        && !Character.isWhitespace(text.charAt(end - 1))
        && (end == text.length()
            || !Character.isLetterOrDigit(text.charAt(end))
            || !Character.isLetterOrDigit(text.charAt(end - 1)));
  }
}
