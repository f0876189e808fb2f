package org.clausewatch.search.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Words around the matches of a result, with the matched words marked. Built from PostgreSQL's
 * {@code ts_headline} output, whose marks are two control characters that contract text does not
 * contain; pages print each piece escaped, never the headline as markup.
 */
public record Excerpt(List<Piece> pieces) {

  /** Start and stop of a match in {@code ts_headline}'s output. */
  public static final char START = '\u0002';

  public static final char STOP = '\u0003';

  public record Piece(String text, boolean marked) {}

  public Excerpt {
    pieces = List.copyOf(pieces);
  }

  public static Excerpt of(String headline) {
    List<Piece> pieces = new ArrayList<>();
    if (headline == null) {
      return new Excerpt(pieces);
    }
    StringBuilder run = new StringBuilder();
    boolean marked = false;
    for (int i = 0; i < headline.length(); i++) {
      char c = headline.charAt(i);
      if (c == START || c == STOP) {
        if (!run.isEmpty()) {
          pieces.add(new Piece(run.toString(), marked));
          run.setLength(0);
        }
        marked = c == START;
      } else {
        run.append(c);
      }
    }
    if (!run.isEmpty()) {
      pieces.add(new Piece(run.toString(), marked));
    }
    return new Excerpt(pieces);
  }

  public String text() {
    StringBuilder all = new StringBuilder();
    pieces.forEach(p -> all.append(p.text()));
    return all.toString();
  }

  public List<String> marked() {
    return pieces.stream().filter(Piece::marked).map(Piece::text).toList();
  }
}
