package org.clausewatch.deadline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.clausewatch.deadline.application.DeadlineService;
import org.clausewatch.deadline.domain.ObligationView;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /obligations/end?contract=...&id=...}: a recurring obligation ends after a day, with the
 * reason (the contract was terminated, a modification dropped the requirement); an ended one shows
 * when and why and can be reopened, with the reason. The version is the one shown when the page
 * opened, so a change made meanwhile is refused.
 */
@Named
@ViewScoped
public class EndObligationBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject @Param private String contract;
  @Inject @Param private Long id;

  @Inject private DeadlineService deadlines;
  @Inject private java.time.Clock clock;

  private ObligationView obligation;
  private LocalDate lastOwed;
  private String reason;
  private String reopenReason;

  /**
   * View action: an unknown obligation, one of a contract the caller may not see, or one that does
   * not recur is a 404.
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public void load() {
    if (obligation != null) {
      return;
    }
    if (contract != null && id != null) {
      obligation =
          deadlines
              .obligationOf(contract.strip(), id)
              .filter(o -> o.recurrence() != null)
              .orElse(null);
    }
    if (obligation == null) {
      Faces.responseSendError(404, "No such obligation");
      return;
    }
    lastOwed = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
  }

  public void save() {
    long oId = obligation.id();
    long v = obligation.version();
    LocalDate last = lastOwed;
    if (Actions.attempt(() -> deadlines.endObligation(oId, v, last, reason), null)) {
      Messages.flashInfo(
          Messages.bundle("obligation.ended", obligation.description(), last.toString()));
      Faces.redirect("contracts/view?number=%s", getContract());
    }
  }

  /** Undoes the end, once the officer has read when and why it was ended, and says why. */
  public void reopen() {
    long oId = obligation.id();
    long v = obligation.version();
    String why = reopenReason;
    if (Actions.attempt(() -> deadlines.reopenObligation(oId, v, why), null)) {
      Messages.flashInfo(Messages.bundle("obligation.reopened", obligation.description()));
      Faces.redirect("contracts/view?number=%s", getContract());
    }
  }

  public String getContract() {
    return contract == null ? "" : contract.strip();
  }

  public ObligationView getObligation() {
    return obligation;
  }

  public LocalDate getLastOwed() {
    return lastOwed;
  }

  public void setLastOwed(LocalDate lastOwed) {
    this.lastOwed = lastOwed;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getReopenReason() {
    return reopenReason;
  }

  public void setReopenReason(String reopenReason) {
    this.reopenReason = reopenReason;
  }
}
