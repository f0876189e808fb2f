package org.clausewatch.shared.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one place where service actions are allowed or denied. Loads the caller's profile (which also
 * arms the clearance filter for the request), checks the roles named by {@link Allowed}, records
 * each denial as a security event and throws {@link AccessDenied}, so nothing runs. Serializable,
 * because form pages' view-scoped beans carry it too (their view actions ask for the same roles).
 */
@Allowed
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class AccessControlInterceptor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentCaller caller;
  @Inject private SecurityEvents events;

  @AroundInvoke
  public Object check(InvocationContext invocation) throws Exception {
    Method method = invocation.getMethod();
    Set<Role> allowed = allowedRoles(method);
    boolean permitted = caller.profile().map(p -> p.hasAnyOf(allowed)).orElse(false);
    if (!permitted) {
      String action = method.getDeclaringClass().getSimpleName() + "." + method.getName();
      String who = caller.username().orElse("anonymous");
      events.accessDenied(who, action);
      throw new AccessDenied(
          caller.username().isEmpty()
              ? "Please sign in first."
              : "You are not allowed to do this ("
                  + describe(allowed)
                  + " only). Nothing was"
                  + " changed.");
    }
    return invocation.proceed();
  }

  static Set<Role> allowedRoles(Method method) {
    Allowed annotation = method.getAnnotation(Allowed.class);
    if (annotation == null) {
      annotation = method.getDeclaringClass().getAnnotation(Allowed.class);
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (annotation != null) {
      roles.addAll(List.of(annotation.value()));
    }
    return roles;
  }

  private static String describe(Set<Role> roles) {
    if (roles.isEmpty()) {
      return "users with a role";
    }
    return String.join(
        ", ",
        roles.stream()
            .map(r -> r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "s")
            .toList());
  }
}
