/**
 * Schema ownership. Flyway applies {@code db/migrations} (and, in demo mode, {@code db/demo}) while
 * the persistence unit boots, before Hibernate validates the mapping against the schema.
 */
package org.clausewatch.shared.persistence;
