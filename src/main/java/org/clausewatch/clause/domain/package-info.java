/** Clause entity, the library entity and their queries. */
package org.clausewatch.clause.domain;
