package org.clausewatch.shared.security;

import java.util.function.Supplier;

/**
 * Supplies the {@value #FILTER} filter's parameter: the current caller's clearance rank. Entities
 * marked with a classification declare the filter; Hibernate applies it to every query and every
 * load by id, so a contract above the caller's clearance does not exist for them.
 */
public class ClearanceParameter implements Supplier<Integer> {

  /** Name of the Hibernate filter. */
  public static final String FILTER = "clearance";

  /** Name of the filter's parameter. */
  public static final String PARAMETER = "clearanceRank";

  @Override
  public Integer get() {
    return CurrentCaller.clearanceRankOfCurrentRequest();
  }
}
