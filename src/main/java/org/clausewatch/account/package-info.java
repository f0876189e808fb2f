/**
 * Users, sign-in, throttling and lockout (per client address, per name and address, per name:
 * {@code SignInAttempts}), sessions ended when an account changes, and the security event log.
 * Administrators grant no clearance above their own and do not change their own. Implements the
 * {@code shared.security} directory and event interfaces the rest of the application relies on.
 */
package org.clausewatch.account;
