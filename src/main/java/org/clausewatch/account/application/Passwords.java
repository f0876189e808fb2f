package org.clausewatch.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and verifies passwords with the server's Jakarta Security PBKDF2 implementation:
 * PBKDF2-HMAC-SHA512, 210,000 iterations, 32-byte salt (OWASP password storage guidance; ASVS 2.4.1
 * and 2.4.3). The stored form names algorithm and iterations, so stronger settings apply to new
 * hashes without breaking old ones.
 */
@ApplicationScoped
public class Passwords {

  static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "64");

  @Inject private Pbkdf2PasswordHash hash;

  /** Verified against when a user name is unknown, so that the answer takes as long. */
  private String decoy;

  @PostConstruct
  void configure() {
    hash.initialize(PARAMETERS);
    decoy = hash.generate("not-a-password-of-anyone".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /** Spends the time of one verification, for unknown users. */
  public void verifyDecoy(String password) {
    hash.verify(password.toCharArray(), decoy);
  }
}
