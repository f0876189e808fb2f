package org.clausewatch.flag.domain;

import org.clausewatch.shared.Classification;

/** A contract with a flag of one rule, as the overview lists it: which contract, and why. */
public record FlaggedContract(
    String contractNumber, String contractTitle, Classification marking, String explanation) {}
