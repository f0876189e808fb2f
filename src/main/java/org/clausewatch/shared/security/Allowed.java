package org.clausewatch.shared.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Who may call an application service method: a signed-in, enabled user holding one of the roles.
 * An empty list means any signed-in user with at least one role. A method's annotation overrides
 * its class's. Checked by {@link AccessControlInterceptor}; every denial is audited.
 */
@Inherited
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface Allowed {

  @Nonbinding
  Role[] value() default {};
}
