package org.clausewatch.shared.text;

/** A run of words that two versions of a text share, or that one of them added or removed. */
public record TextSegment(Kind kind, String text) {

  public enum Kind {
    SAME,
    ADDED,
    REMOVED
  }

  public boolean added() {
    return kind == Kind.ADDED;
  }

  public boolean removed() {
    return kind == Kind.REMOVED;
  }
}
