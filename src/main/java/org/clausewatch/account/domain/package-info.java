/** User accounts with roles, clearance and sign-in state; immutable security events. */
package org.clausewatch.account.domain;
