/** Transaction boundary for clauses. */
package org.clausewatch.clause.application;
