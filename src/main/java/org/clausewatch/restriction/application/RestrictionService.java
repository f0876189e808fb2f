package org.clausewatch.restriction.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.clausewatch.restriction.domain.RestrictionRepository;
import org.clausewatch.restriction.domain.RestrictionView;

/** Reads usage restrictions with every party's position. */
@Stateless
public class RestrictionService {

  @Inject private RestrictionRepository restrictions;

  /** The contract's restrictions with positions: two statements. */
  public List<RestrictionView> restrictionsOf(@NotNull String contractNumber) {
    return restrictions.viewsOf(contractNumber);
  }
}
