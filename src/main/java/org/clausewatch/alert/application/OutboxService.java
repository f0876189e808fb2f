package org.clausewatch.alert.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.clausewatch.alert.domain.AlertRepository;
import org.clausewatch.alert.domain.OutboxLine;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.CurrentCaller;
import org.clausewatch.shared.security.Role;

/** The e-mail outbox for administrators: what waits, what failed and why; retry a failed mail. */
@Stateless
@Allowed(Role.ADMINISTRATOR)
public class OutboxService {

  public static final int PAGE_SIZE = 50;

  @Inject private AlertRepository alerts;
  @Inject private CurrentCaller caller;
  @Inject private Clock clock;

  /** One page, newest first; one more than {@link #PAGE_SIZE} when there is a next page. */
  public List<OutboxLine> outbox(boolean problemsOnly, int page) {
    int rank =
        caller.profile().map(p -> p.clearance().ordinal()).orElse(CurrentCaller.NO_CLEARANCE);
    int from = Math.max(0, Math.min(page, 10_000)) * PAGE_SIZE;
    return alerts.outbox(problemsOnly, rank, from, PAGE_SIZE + 1);
  }

  /** Puts a failed mail back for an attempt at the next scheduler pass. */
  public void retry(long deliveryId) {
    if (!alerts.retry(deliveryId, clock.instant())) {
      throw new BusinessException("Only a failed mail can be retried; this one is not failed.");
    }
  }
}
