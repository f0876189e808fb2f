/** The contract aggregate, its status rules and the list query. */
package org.clausewatch.contract.domain;
