package org.clausewatch.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the business was broken by what a user asked for. The message is meant for that user;
 * the transaction rolls back whole, so nothing of the request is kept.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BusinessException(String message) {
    super(message);
  }
}
