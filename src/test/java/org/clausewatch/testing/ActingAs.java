package org.clausewatch.testing;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs an in-container test class's test and set-up methods as a signed-in user with these roles
 * and this clearance (created for the run). Default: a user holding every contract role, cleared
 * for TOP SECRET, so tests about something else are not stopped by access control.
 */
@Retention(RUNTIME)
@Target(TYPE)
@ExtendWith(ActingAsExtension.class)
public @interface ActingAs {

  /** A test user with every role and the highest clearance. */
  String ALL_ROLES = "it-all-roles";

  String username() default ALL_ROLES;

  String clearance() default "TOP_SECRET";

  String[] roles() default {"CONTRACTING_OFFICER", "LEGAL", "MANAGER"};
}
