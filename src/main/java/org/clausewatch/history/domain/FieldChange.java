package org.clausewatch.history.domain;

import java.util.List;
import org.clausewatch.shared.text.TextDiff;
import org.clausewatch.shared.text.TextSegment;

/**
 * One field of one version: its value before and after. Long texts also carry a word diff.
 *
 * @param before null when the field had no value (or the record was just created)
 * @param after null when the field has no value now (or the record was deleted)
 */
public record FieldChange(String field, String before, String after, List<TextSegment> words) {

  /** Texts longer than this are shown as a word diff instead of old and new side by side. */
  public static final int LONG_TEXT = 120;

  public static FieldChange of(String field, String before, String after) {
    boolean longText =
        before != null
            && after != null
            && (before.length() > LONG_TEXT || after.length() > LONG_TEXT);
    return new FieldChange(
        field, before, after, longText ? TextDiff.words(before, after) : List.of());
  }

  public boolean hasWordDiff() {
    return !words.isEmpty();
  }
}
