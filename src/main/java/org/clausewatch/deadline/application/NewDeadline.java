package org.clausewatch.deadline.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.clausewatch.deadline.domain.Deadline;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.shared.BusinessException;

/**
 * What the deadline form asks: the due date and time are stated in {@code zone} (an IANA name such
 * as America/New_York), and so is the optional issue time. Consequences in the order threatened;
 * blank ones are ignored. The alert steps are passed on, as typed, to whoever alerts about
 * deadlines ({@link org.clausewatch.deadline.domain.DeadlineChanged#alertSteps}); blank is its
 * kind's.
 */
public record NewDeadline(
    @NotBlank @Size(max = Deadline.TITLE_MAX_LENGTH) String title,
    @NotNull DeadlineKind kind,
    @NotNull LocalDate dueDate,
    @NotNull LocalTime dueTime,
    @NotBlank @Size(max = 64) String zone,
    @Size(max = 200) String issuerName,
    @Size(max = 200) String responsibleName,
    @Size(max = Deadline.ACTION_MAX_LENGTH) String demandedAction,
    LocalDateTime issuedAt,
    @NotNull List<@Size(max = Deadline.CONSEQUENCE_MAX_LENGTH) String> consequences,
    @Size(max = 200) String alertSteps) {

  /**
   * @throws IllegalArgumentException if the zone is not an IANA time zone
   */
  public ZonedDateTime due() {
    return ZonedDateTime.of(dueDate, dueTime, zoneId());
  }

  public ZonedDateTime issued() {
    return issuedAt == null ? null : issuedAt.atZone(zoneId());
  }

  private ZoneId zoneId() {
    try {
      return ZoneId.of(zone.strip());
    } catch (DateTimeException e) {
      throw new BusinessException("Unknown time zone: " + zone.strip(), e);
    }
  }
}
