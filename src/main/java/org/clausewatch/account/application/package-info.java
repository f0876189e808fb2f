/**
 * Sign-in (with throttling and lockout), user administration for administrators, the security event
 * log, and the initial administrator created from the environment.
 */
package org.clausewatch.account.application;
