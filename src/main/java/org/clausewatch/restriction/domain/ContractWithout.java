package org.clausewatch.restriction.domain;

/** A contract of a buyer that has no restriction about a topic. */
public record ContractWithout(
    String number, String title, String marking, String buyer, String vendor) {}
