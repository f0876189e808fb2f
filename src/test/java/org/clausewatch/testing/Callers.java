package org.clausewatch.testing;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;

/**
 * Runs code inside the server as a named user, the way a signed-in request would: the identity is
 * the server's (Elytron) current identity, which Jakarta Security and the EJB container both read.
 * For in-container tests only; the user must exist (see {@link TestUsers}).
 */
public final class Callers {

  private Callers() {}

  public static <T> T as(String username, Callable<T> action) {
    PrivilegedExceptionAction<T> privileged = action::call;
    try {
      return SecurityDomain.getCurrent().createAdHocIdentity(username).runAs(privileged);
    } catch (PrivilegedActionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  public static void as(String username, Runnable action) {
    as(
        username,
        () -> {
          action.run();
          return null;
        });
  }
}
