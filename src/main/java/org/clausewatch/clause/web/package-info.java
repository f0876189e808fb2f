/** The clauses section of the contract page. */
package org.clausewatch.clause.web;
