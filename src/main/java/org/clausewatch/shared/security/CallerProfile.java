package org.clausewatch.shared.security;

import java.util.Objects;
import java.util.Set;
import org.clausewatch.shared.Classification;

/** What the application knows about a signed-in, enabled user while a request runs. */
public record CallerProfile(String username, Set<Role> roles, Classification clearance) {

  public CallerProfile {
    Objects.requireNonNull(username, "username");
    roles = Set.copyOf(roles);
    Objects.requireNonNull(clearance, "clearance");
  }

  public boolean hasAnyOf(Set<Role> allowed) {
    return allowed.isEmpty() ? !roles.isEmpty() : roles.stream().anyMatch(allowed::contains);
  }
}
