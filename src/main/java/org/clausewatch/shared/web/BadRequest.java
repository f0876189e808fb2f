package org.clausewatch.shared.web;

/**
 * A request that cannot be answered as asked because of what the client sent (a malformed or
 * oversized parameter). It becomes a 400 page, never a 500, and is not logged as an error.
 */
public class BadRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BadRequest(String reason) {
    super(reason);
  }
}
