package org.clausewatch.flag.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where a clause category shows in a text: the sentence and, inside it, the words that matched
 * (both as offsets in the whole text).
 */
public record TextEvidence(ClauseCategory category, Span sentence, Span words) {

  /**
   * Every sentence of {@code text} that shows one of {@code categories}, in text order (a sentence
   * may show several categories).
   */
  public static List<TextEvidence> in(String text, Collection<ClauseCategory> categories) {
    List<TextEvidence> found = new ArrayList<>();
    for (Span sentence : Sentences.of(text)) {
      CharSequence words = text.subSequence(sentence.start(), sentence.end());
      SentenceFeatures features = SentenceFeatures.of(words);
      for (ClauseCategory category : categories) {
        Optional<Span> match = category.find(words, features);
        match.ifPresent(
            m -> found.add(new TextEvidence(category, sentence, m.shiftedBy(sentence.start()))));
      }
    }
    return found;
  }
}
