package org.clausewatch.contract.domain;

import java.time.LocalDate;

/** An authorisation as shown. */
public record AuthorisationLine(String description, LocalDate grantedOn) {}
