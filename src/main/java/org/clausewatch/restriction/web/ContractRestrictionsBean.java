package org.clausewatch.restriction.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clausewatch.restriction.application.RestrictionService;
import org.clausewatch.restriction.domain.RestrictionStatus;
import org.clausewatch.restriction.domain.RestrictionView;
import org.clausewatch.shared.web.Actions;
import org.clausewatch.shared.web.Messages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** The usage restrictions section of {@code /contracts/view?number=...}. */
@Named
@RequestScoped
public class ContractRestrictionsBean {

  @Inject @Param private String number;

  @Inject private RestrictionService restrictions;

  private List<RestrictionView> rows;

  @PostConstruct
  void load() {
    rows = number == null ? List.of() : restrictions.restrictionsOf(number);
  }

  /** Legal staff: a restriction becomes agreed, disputed or withdrawn. */
  public void changeStatus(long restrictionId, RestrictionStatus target) {
    if (target == null) {
      return;
    }
    if (Actions.attempt(() -> restrictions.changeStatus(restrictionId, target), null)) {
      Messages.flashInfo(
          Messages.bundle(
              "restriction.statusChanged", Messages.bundle("restriction.status." + target)));
      Faces.redirect("contracts/view?number=%s", number);
    }
  }

  public List<RestrictionView> getRestrictions() {
    return rows;
  }
}
