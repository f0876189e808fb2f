package org.clausewatch.shared;

import jakarta.ejb.ApplicationException;
import java.util.function.Supplier;

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

  /**
   * Runs a domain operation; a rule it breaks (IllegalArgumentException or IllegalStateException
   * from an entity's guard) becomes a message for the user and a rollback.
   */
  public static void ifRuleBroken(Runnable operation) {
    ifRuleBroken(
        () -> {
          operation.run();
          return null;
        });
  }

  /** As {@link #ifRuleBroken(Runnable)}, for an operation with a result. */
  public static <T> T ifRuleBroken(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new BusinessException(e.getMessage());
    }
  }
}
