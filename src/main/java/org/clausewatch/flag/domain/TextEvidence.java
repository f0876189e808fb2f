package org.clausewatch.flag.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.clausewatch.shared.Sha256;

/**
 * Where a clause category shows in a text: the sentence and, inside it, the words that matched
 * (both as offsets in the whole text).
 */
public record TextEvidence(ClauseCategory category, Span sentence, Span words) {

  /**
   * Clause texts up to this length are kept with their evidence as they are (identical clauses are
   * common); longer ones by their SHA-256, so that a long FAR clause is not kept whole.
   */
  static final int KEPT_LENGTH = 4_000;

  /** How many long texts' evidence is kept at most; when more would be, it is dropped. */
  static final int KEPT_DIGESTS = 20_000;

  /**
   * How many characters of text are kept at most (about 16 MB); when more would be, the kept
   * evidence is dropped and kept again as texts come.
   */
  static final long KEPT_CHARACTERS = 8_000_000;

  private static final AtomicLong KEPT_SIZE = new AtomicLong();

  private static final List<ClauseCategory> SHIPPED =
      Arrays.stream(ClauseCategory.values()).filter(ClauseCategory::shipped).toList();

  private static final Map<String, List<TextEvidence>> KEPT = new ConcurrentHashMap<>();

  private static final Map<String, List<TextEvidence>> KEPT_BY_DIGEST = new ConcurrentHashMap<>();

  /**
   * Every sentence of {@code text} that shows a shipped category, in text order. The detectors do
   * not change while the application runs, so the evidence of a text is kept and reused: a
   * contract's flags are recomputed after every change to it, mostly not to its clauses' words; the
   * same FAR/DFARS or model clause appears word for word in many contracts; and detection costs
   * about 0.2 ms per sentence (30 ms or more for a long FAR clause).
   */
  public static List<TextEvidence> ofShipped(String text) {
    if (text.length() > KEPT_LENGTH) {
      String digest = Sha256.hex(text);
      List<TextEvidence> kept = KEPT_BY_DIGEST.get(digest);
      if (kept != null) {
        return kept;
      }
      List<TextEvidence> found = List.copyOf(in(text, SHIPPED));
      if (KEPT_BY_DIGEST.size() >= KEPT_DIGESTS) {
        KEPT_BY_DIGEST.clear();
      }
      KEPT_BY_DIGEST.put(digest, found);
      return found;
    }
    List<TextEvidence> kept = KEPT.get(text);
    if (kept != null) {
      return kept;
    }
    List<TextEvidence> found = List.copyOf(in(text, SHIPPED));
    if (KEPT_SIZE.addAndGet(text.length()) > KEPT_CHARACTERS) {
      KEPT.clear();
      KEPT_SIZE.set(text.length());
    }
    KEPT.put(text, found);
    return found;
  }

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
