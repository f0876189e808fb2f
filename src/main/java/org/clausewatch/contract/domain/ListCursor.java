package org.clausewatch.contract.domain;

import java.util.Objects;

/**
 * Where a page of the contract list starts: just after, or just before, the contract with this
 * number in the list's order (keyset paging). A cursor names a row the user was shown, so it
 * carries nothing the caller could not see.
 *
 * @param number the number of the row next to the page
 * @param after true: the page follows that row; false: it precedes it
 */
public record ListCursor(String number, boolean after) {

  public ListCursor {
    Objects.requireNonNull(number, "number");
  }

  public static ListCursor after(String number) {
    return new ListCursor(number, true);
  }

  public static ListCursor before(String number) {
    return new ListCursor(number, false);
  }
}
