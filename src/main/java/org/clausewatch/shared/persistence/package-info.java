/**
 * Schema ownership. Flyway applies {@code db/migrations} (and, in demo mode, {@code db/demo}) while
 * the persistence unit boots, before Hibernate validates the mapping against the schema; it
 * connects as the tables' owner ({@code ClausewatchMigrationDS}) while the application runs as its
 * own role (V12). {@code ConcurrentChangeInterceptor} turns a concurrent change found when a
 * service's changes are written into a message. {@code LookalikeKeys}: the indexed key of what a
 * party's or topic's name looks like (V36, V37), filled in at start-up for rows written in SQL, and
 * the advisory lock that keeps two look-alike names from being stored at once.
 */
package org.clausewatch.shared.persistence;
