package org.clausewatch.alert.domain;

import java.time.Instant;

/**
 * A deadline's alert steps as its page shows them: its own (if an officer set them) or its kind's,
 * and when the next one falls (null once closed or past the last step).
 */
public record LadderView(AlertLadder ladder, boolean own, Instant nextAlertAt) {}
