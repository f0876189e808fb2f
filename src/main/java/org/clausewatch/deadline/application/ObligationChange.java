package org.clausewatch.deadline.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.clausewatch.deadline.domain.Obligation;

/**
 * What the change form of an obligation sends: the corrected owing party, description, responsible
 * person and source clause (blank for none), and a one-time obligation's due date (null to keep
 * it).
 */
public record ObligationChange(
    @NotBlank @Size(max = 200) String owingPartyName,
    @NotBlank @Size(max = Obligation.DESCRIPTION_MAX_LENGTH) String description,
    @Size(max = Obligation.PERSON_MAX_LENGTH) String responsiblePerson,
    @Size(max = 40) String sourceClauseNumber,
    LocalDate dueDate) {}
