package org.clausewatch.account.application;

/**
 * The sessions of {@code username} must end now: the password was reset, the account disabled, or
 * its roles or clearance changed. Fired by {@link AccountService}; the web layer ends the sessions
 * once the change is committed.
 */
public record SessionsToEnd(String username) {}
