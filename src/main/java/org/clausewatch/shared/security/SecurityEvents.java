package org.clausewatch.shared.security;

/**
 * Writes security events (implemented by the {@code account} feature, in a transaction of its own
 * so that an event survives the rollback of the action it reports).
 */
public interface SecurityEvents {

  /** A caller tried an action they may not do. */
  void accessDenied(String username, String action);
}
