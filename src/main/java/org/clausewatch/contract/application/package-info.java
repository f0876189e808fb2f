/**
 * Transaction boundary for contracts: registering, editing and browsing; the list's (and the
 * overview's) kept counts and page anchors ({@link
 * org.clausewatch.contract.application.ListCounts}, {@link
 * org.clausewatch.contract.application.ListAnchors}).
 */
package org.clausewatch.contract.application;
