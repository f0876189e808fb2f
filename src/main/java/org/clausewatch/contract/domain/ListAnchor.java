package org.clausewatch.contract.domain;

/**
 * A row of the contract list as a place to enter the sort's index: its sort key (the number itself
 * when the list is sorted by number) and its number, the tie-breaker.
 */
public record ListAnchor(Object key, String number) {}
