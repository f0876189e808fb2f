package org.clausewatch.account.domain;

import java.util.Locale;
import org.clausewatch.shared.BusinessException;

/**
 * What a new password must be (OWASP ASVS 2.1): at least 12 and at most 128 characters, any
 * characters including spaces, and not containing the user name.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  /**
   * @throws IllegalArgumentException with a message for the user if the password is not acceptable
   */
  public static void check(String password, String username) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      throw new BusinessException("The password must have at least " + MIN_LENGTH + " characters.");
    }
    if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
      throw new BusinessException("The password must have at most " + MAX_LENGTH + " characters.");
    }
    if (password.isBlank()) {
      throw new BusinessException("The password must not be only spaces.");
    }
    if (username != null
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      throw new BusinessException("The password must not contain the user name.");
    }
  }
}
