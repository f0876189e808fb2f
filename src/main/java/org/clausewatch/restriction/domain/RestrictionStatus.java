package org.clausewatch.restriction.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where the parties stand on a restriction as a whole (R2). */
public enum RestrictionStatus {
  PROPOSED,
  AGREED,
  DISPUTED,
  WITHDRAWN;

  public Set<RestrictionStatus> next() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(AGREED, DISPUTED, WITHDRAWN);
      case DISPUTED -> EnumSet.of(AGREED, WITHDRAWN);
      case AGREED -> EnumSet.of(DISPUTED);
      case WITHDRAWN -> EnumSet.noneOf(RestrictionStatus.class);
    };
  }
}
