package org.clausewatch.annotation.domain;

import java.time.Instant;

/** A reply as pages show it. */
public record ReplyView(
    long id, long annotationId, String author, String body, Instant createdAt) {}
