package org.clausewatch.shared.security;

/** What a user does at work; decides which service actions they may call. */
public enum Role {
  /** Browses and searches; creates and edits contracts, parties, modifications, deadlines. */
  CONTRACTING_OFFICER,
  /** Browses and searches; edits clause texts, usage restrictions and party positions. */
  LEGAL,
  /** Browses and searches everything they are cleared for; edits nothing. */
  MANAGER,
  /** Manages users, roles and clearances; no contract edits unless also given another role. */
  ADMINISTRATOR
}
