package org.clausewatch.testing;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.wildfly.security.auth.server.SecurityDomain;

/**
 * Wraps set-up, test and tear-down methods in {@link Callers#as}. Does nothing on the client side
 * of an Arquillian test (no server identity there); inside the server it first makes sure the user
 * exists.
 */
public class ActingAsExtension implements InvocationInterceptor {

  @Override
  public void interceptBeforeEachMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    actAs(invocation, extensionContext);
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    actAs(invocation, extensionContext);
  }

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    actAs(invocation, extensionContext);
  }

  @Override
  public void interceptAfterEachMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    actAs(invocation, extensionContext);
  }

  private static void actAs(Invocation<Void> invocation, ExtensionContext context)
      throws Throwable {
    if (!insideServer()) {
      invocation.proceed();
      return;
    }
    ActingAs user = context.getRequiredTestClass().getAnnotation(ActingAs.class);
    TestUsers.create(user.username(), user.clearance(), user.roles());
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Callers.as(
        user.username(),
        () -> {
          try {
            invocation.proceed();
          } catch (Throwable t) {
            failure.set(t);
          }
        });
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  private static boolean insideServer() {
    try {
      return SecurityDomain.getCurrent() != null;
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }
}
