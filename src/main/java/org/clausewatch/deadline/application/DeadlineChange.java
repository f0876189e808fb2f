package org.clausewatch.deadline.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.clausewatch.deadline.domain.Deadline;

/**
 * What the change form of a deadline sends: its title, who set it and who must act (blank for
 * nobody), what is demanded, when it was issued (in the zone it is due in; null if not recorded)
 * and the consequences threatened, in order (blank ones are ignored). Its time moves by an
 * extension.
 */
public record DeadlineChange(
    @NotBlank @Size(max = Deadline.TITLE_MAX_LENGTH) String title,
    @Size(max = 200) String issuerName,
    @Size(max = 200) String responsibleName,
    @Size(max = Deadline.ACTION_MAX_LENGTH) String demandedAction,
    LocalDateTime issuedAt,
    @NotNull List<@Size(max = Deadline.CONSEQUENCE_MAX_LENGTH) String> consequences) {}
