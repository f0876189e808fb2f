package org.clausewatch.flag.domain;

/** A contract with a flag of one rule, as the overview lists it: which contract, and why. */
public record FlaggedContract(String contractNumber, String contractTitle, String explanation) {}
