package org.clausewatch.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the business was broken by what a user asked for: the one exception type that entities,
 * value objects and application services throw for that. The message is meant for that user; the
 * transaction rolls back whole, so nothing of the request is kept. Every other exception (from the
 * JDK, Hibernate, a library, a bug) is a failure: the 500 page with a reference, never a message.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BusinessException(String message) {
    super(message);
  }

  public BusinessException(String message, Throwable cause) {
    super(message, cause);
  }
}
