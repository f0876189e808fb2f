package org.clausewatch.flag.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a sentence as a clause-category model reads them: each distinct lower-cased word
 * ({@code u:word}), pair of neighbouring words ({@code b:word word}) and clause category whose word
 * patterns match ({@code p:CATEGORY}), present or not (value one). Each feature keeps where it
 * first occurs, to mark the words that decided.
 */
public final class SentenceFeatures {

  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-]*", Pattern.UNICODE_CHARACTER_CLASS);

  /** The prefix of a feature that says a category's word patterns match. */
  public static final String PATTERN = "p:";

  private final Map<String, Span> features;

  private SentenceFeatures(Map<String, Span> features) {
    this.features = features;
  }

  public static SentenceFeatures of(CharSequence sentence) {
    Map<String, Span> features = new LinkedHashMap<>();
    Matcher m = WORD.matcher(sentence);
    String previous = null;
    int previousStart = 0;
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      features.putIfAbsent("u:" + word, new Span(m.start(), m.end()));
      if (previous != null) {
        features.putIfAbsent("b:" + previous + " " + word, new Span(previousStart, m.end()));
      }
      previous = word;
      previousStart = m.start();
    }
    for (ClauseCategory category : ClauseCategory.values()) {
      category.matched(sentence).ifPresent(span -> features.put(PATTERN + category.name(), span));
    }
    return new SentenceFeatures(features);
  }

  public List<String> names() {
    return new ArrayList<>(features.keySet());
  }

  /** Where a feature first occurs in the sentence, or null if it does not. */
  public Span spanOf(String feature) {
    return features.get(feature);
  }

  public boolean isEmpty() {
    return features.isEmpty();
  }
}
