package org.clausewatch.history.domain;

import java.time.Instant;
import java.util.List;

/** One change set: when (UTC), who, from where, and what it changed. */
public record HistoryRevision(
    long revision, Instant at, String user, String clientAddress, List<VersionChange> changes) {}
