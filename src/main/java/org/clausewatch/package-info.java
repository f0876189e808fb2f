/**
 * Clausewatch: contracts, their clauses, usage restrictions, deadlines and obligations.
 *
 * <p>Top-level packages are features ({@code party}, {@code contract}, ...), each with {@code
 * domain} (entities, value objects, repositories), {@code application} (services: the only
 * transaction boundaries) and {@code web} (thin backing beans). {@code shared} holds what every
 * feature needs and depends on no feature. See {@code docs/architecture.md}.
 */
package org.clausewatch;
