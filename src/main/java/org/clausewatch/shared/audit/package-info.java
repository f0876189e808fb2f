/**
 * The audit trail of business entities: Hibernate Envers with the validity strategy; each revision
 * records user, UTC time and client address. Audit tables are created by Flyway (V6) and cannot be
 * rewritten (only the end of a row's validity may be filled in, once).
 */
package org.clausewatch.shared.audit;
