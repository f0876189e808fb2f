package org.clausewatch.account.application;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.clausewatch.account.domain.Outcome;
import org.clausewatch.account.domain.SecurityEvent;
import org.clausewatch.account.domain.SecurityEventKind;
import org.clausewatch.account.domain.SecurityEventQuery;
import org.clausewatch.account.domain.SecurityEventRepository;
import org.clausewatch.shared.Page;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.RequestOrigin;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.security.SecurityEvents;

/**
 * The security event log. Events that report something refused or failed are written in a
 * transaction of their own, so the rollback of the refused action does not take the record with it.
 */
@Stateless
@LocalBean
@Local(SecurityEvents.class)
public class SecurityEventService implements SecurityEvents {

  @Inject private SecurityEventRepository events;
  @Inject private Clock clock;

  /** Records an event now, from the current request's client address, whatever happens next. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordAlone(
      String actor, SecurityEventKind kind, Outcome outcome, String subject, String detail) {
    record(actor, kind, outcome, subject, detail);
  }

  /** Records an event as part of the caller's transaction: kept only if that commits. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordWithChange(
      String actor, SecurityEventKind kind, Outcome outcome, String subject, String detail) {
    record(actor, kind, outcome, subject, detail);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void accessDenied(String username, String action) {
    record(username, SecurityEventKind.ACCESS_DENIED, Outcome.DENIED, action, null);
  }

  @Allowed(Role.ADMINISTRATOR)
  public Page<SecurityEventLine> browse(
      @NotNull SecurityEventQuery query, @NotNull PageRequest page) {
    long total = events.count(query);
    List<SecurityEventLine> items =
        total > page.offset()
            ? events.page(query, page).stream().map(SecurityEventLine::of).toList()
            : List.of();
    return new Page<>(items, total);
  }

  private void record(
      String actor, SecurityEventKind kind, Outcome outcome, String subject, String detail) {
    events.append(
        new SecurityEvent(
            clock.instant(),
            actor,
            kind,
            outcome,
            subject,
            RequestOrigin.addressOfCurrentRequest(),
            detail));
  }
}
