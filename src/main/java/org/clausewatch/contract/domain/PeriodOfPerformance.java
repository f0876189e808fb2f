package org.clausewatch.contract.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.clausewatch.shared.BusinessException;

/** From the first to the last day of performance, both inclusive. */
@Embeddable
public class PeriodOfPerformance implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "period_start")
  private LocalDate start;

  @Column(name = "period_end")
  private LocalDate end;

  protected PeriodOfPerformance() {
    // for JPA
  }

  /**
   * @throws IllegalArgumentException if the end comes before the start
   */
  public PeriodOfPerformance(LocalDate start, LocalDate end) {
    this.start = Objects.requireNonNull(start, "A period needs a start");
    this.end = Objects.requireNonNull(end, "A period needs an end");
    if (end.isBefore(start)) {
      throw new BusinessException(
          "The period of performance ends (" + end + ") before it starts (" + start + ")");
    }
  }

  public LocalDate start() {
    return start;
  }

  public LocalDate end() {
    return end;
  }

  public PeriodOfPerformance endingOn(LocalDate newEnd) {
    return new PeriodOfPerformance(start, newEnd);
  }

  /** Share of the period elapsed on {@code today}, 0 to 100. */
  public int percentElapsed(LocalDate today) {
    long total = ChronoUnit.DAYS.between(start, end) + 1;
    long done = ChronoUnit.DAYS.between(start, today) + 1;
    if (done <= 0) {
      return 0;
    }
    return (int) Math.min(100, done * 100 / total);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PeriodOfPerformance other
        && Objects.equals(start, other.start)
        && Objects.equals(end, other.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }
}
