/**
 * Users, sign-in, lockout and the security event log. Implements the {@code shared.security}
 * directory and event interfaces the rest of the application relies on.
 */
package org.clausewatch.account;
