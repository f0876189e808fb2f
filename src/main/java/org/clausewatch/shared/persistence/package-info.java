/**
 * Schema ownership. Flyway applies {@code db/migrations} (and, in demo mode, {@code db/demo}) while
 * the persistence unit boots, before Hibernate validates the mapping against the schema; it
 * connects as the tables' owner ({@code ClausewatchMigrationDS}) while the application runs as its
 * own role (V12). {@code ConcurrentChangeInterceptor} turns a concurrent change found when a
 * service's changes are written into a message.
 */
package org.clausewatch.shared.persistence;
