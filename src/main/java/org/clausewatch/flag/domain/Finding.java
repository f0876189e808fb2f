package org.clausewatch.flag.domain;

import java.time.Instant;
import java.util.Objects;
import org.clausewatch.shared.Sha256;

/**
 * What a rule found, before it is stored as a {@link Flag}: the rule and subject identify it; the
 * fingerprint says what it rests on (a dismissal holds until that changes).
 *
 * @param subject what the flag is about, e.g. {@code dispute:12} or {@code clause:40}
 * @param evidence the words that show it (a sentence of a clause, a demand), or null
 * @param sentence where the evidence sentence is in the clause text, or null
 * @param words where the matched words are in the clause text, or null
 * @param dueAt when the matter falls due (a deadline's due time, an overdue obligation's first
 *     unsettled day), or null when it has no time; orders the most urgent first
 */
public record Finding(
    String rule,
    String subject,
    Severity severity,
    boolean attention,
    Long clauseId,
    Long deadlineId,
    String explanation,
    String evidence,
    Span sentence,
    Span words,
    Instant dueAt) {

  public static final int EXPLANATION_MAX_LENGTH = 4000;
  public static final int EVIDENCE_MAX_LENGTH = 4000;

  public Finding {
    Objects.requireNonNull(rule);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(severity);
    explanation = cut(Objects.requireNonNull(explanation), EXPLANATION_MAX_LENGTH);
    evidence = evidence == null ? null : cut(evidence, EVIDENCE_MAX_LENGTH);
  }

  public String key() {
    return rule + "|" + subject;
  }

  /** SHA-256 of what the flag rests on: its explanation and evidence. */
  public String fingerprint() {
    return Sha256.hex(key() + '\0' + explanation + '\0' + evidence);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }
}
