package org.clausewatch.flag.domain;

/** A part of a text: from {@code start} (inclusive) to {@code end} (exclusive), in UTF-16 units. */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a span: " + start + ".." + end);
    }
  }

  public Span shiftedBy(int offset) {
    return new Span(start + offset, end + offset);
  }

  public boolean overlaps(int otherStart, int otherEnd) {
    return otherStart < end && otherEnd > start;
  }
}
