package org.clausewatch.history.domain;

import java.util.List;

/** What one revision did to one record: created, changed or deleted it, and which fields. */
public record VersionChange(String subject, Kind kind, List<FieldChange> fields) {

  public enum Kind {
    CREATED,
    CHANGED,
    DELETED
  }
}
