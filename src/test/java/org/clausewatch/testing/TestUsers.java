package org.clausewatch.testing;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Users for tests, written straight into the test database with a PBKDF2 hash in the server's
 * format (algorithm:iterations:salt:hash), so client tests can sign in through the real form.
 */
public final class TestUsers {

  /** The password of every user made here. */
  public static final String PASSWORD = "correct horse battery staple";

  /** Fewer iterations than production: the format carries them, and tests sign in a lot. */
  private static final int ITERATIONS = 10_000;

  private TestUsers() {}

  /**
   * Creates (or resets) an enabled user.
   *
   * @param roles role names, e.g. "LEGAL"; none for a user without a role
   */
  public static String create(String username, String clearance, String... roles) {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement delete =
          c.prepareStatement(
              "delete from app_user_role where user_id = (select id from app_user where username"
                  + " = ?)")) {
        delete.setString(1, username);
        delete.executeUpdate();
      }
      try (PreparedStatement upsert =
          c.prepareStatement(
              "insert into app_user (id, version, username, display_name, password_hash,"
                  + " clearance, enabled, failed_attempts, password_changed_at, created_at)"
                  + " values (nextval('app_user_seq'), 0, ?, ?, ?, ?, true, 0, now(), now())"
                  + " on conflict (username) do update set password_hash = excluded.password_hash,"
                  + " clearance = excluded.clearance, enabled = true, failed_attempts = 0,"
                  + " locked_until = null, last_failure_at = null")) {
        upsert.setString(1, username);
        upsert.setString(2, "Test user " + username);
        upsert.setString(3, hash(PASSWORD));
        upsert.setString(4, clearance);
        upsert.executeUpdate();
      }
      for (String role : roles) {
        try (PreparedStatement grant =
            c.prepareStatement(
                "insert into app_user_role (user_id, role) select id, ? from app_user where"
                    + " username = ?")) {
          grant.setString(1, role);
          grant.setString(2, username);
          grant.executeUpdate();
        }
      }
      c.commit();
      return username;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create test user " + username, e);
    }
  }

  /** Inside the server: its datasource; outside: the test database directly. */
  private static Connection connect() throws SQLException {
    try {
      DataSource server =
          (DataSource) new InitialContext().lookup("java:jboss/datasources/ClausewatchDS");
      return server.getConnection();
    } catch (NamingException e) {
      return TestDatabase.connect();
    }
  }

  /** A user name no other test uses, starting with {@code prefix}. */
  public static String unique(String prefix) {
    return (prefix + "-" + TestDatabase.uniqueSuffix()).toLowerCase();
  }

  static String hash(String password) {
    try {
      byte[] salt = new byte[32];
      new SecureRandom().nextBytes(salt);
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 64 * 8);
      byte[] hash =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
      Base64.Encoder b64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA512:"
          + ITERATIONS
          + ":"
          + b64.encodeToString(salt)
          + ":"
          + b64.encodeToString(hash);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
