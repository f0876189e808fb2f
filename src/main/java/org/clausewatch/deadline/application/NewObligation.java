package org.clausewatch.deadline.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.clausewatch.deadline.domain.Obligation;

/**
 * What the obligation form asks. Either a due date alone (once), or an RFC 5545 rule such as {@code
 * FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15}, whose series then starts on the due date.
 */
public record NewObligation(
    @NotBlank @Size(max = 200) String owingPartyName,
    @NotBlank @Size(max = Obligation.DESCRIPTION_MAX_LENGTH) String description,
    @Size(max = Obligation.PERSON_MAX_LENGTH) String responsiblePerson,
    @Size(max = 40) String sourceClauseNumber,
    LocalDate dueDate,
    @Size(max = 500) String recurrence) {}
