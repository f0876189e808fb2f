/** The contract history, for anyone who may see the contract (clearance applies). */
package org.clausewatch.history.application;
