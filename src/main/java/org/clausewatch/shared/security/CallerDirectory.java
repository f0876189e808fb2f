package org.clausewatch.shared.security;

import java.util.Optional;

/**
 * Looks up a user's current roles and clearance (implemented by the {@code account} feature). Empty
 * for unknown and disabled users, so a disabled user loses access at their next request.
 */
public interface CallerDirectory {

  Optional<CallerProfile> profileOf(String username);
}
