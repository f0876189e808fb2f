package org.clausewatch.dispute.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the parties' latest stances on a term add up to (R2): disputed when at least two parties
 * have a stance and the stances differ, agreed when at least two parties have one and all are the
 * same, else awaiting stances. The explanation says it in words, in the order the stances are
 * given: "Anthropic accepts; U.S. Department of Defense rejects."
 */
public record Standing(Kind kind, String explanation) {

  public enum Kind {
    AWAITING,
    AGREED,
    DISPUTED
  }

  /** One party's latest stance; {@code stance} is null for a position recorded without one. */
  public record Latest(String party, Stance stance) {}

  public Standing {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(explanation);
  }

  public static Standing of(List<Latest> latest) {
    List<Latest> stated = latest.stream().filter(l -> l.stance() != null).toList();
    if (stated.isEmpty()) {
      return new Standing(Kind.AWAITING, "No party has stated a stance yet.");
    }
    List<String> parts = new ArrayList<>();
    for (Latest l : stated) {
      parts.add(l.party() + " " + l.stance().words());
    }
    String said = String.join("; ", parts) + ".";
    Set<Stance> distinct =
        stated.stream().map(Latest::stance).collect(Collectors.toCollection(LinkedHashSet::new));
    if (stated.size() < 2) {
      return new Standing(Kind.AWAITING, said + " No other party has stated a stance yet.");
    }
    return new Standing(distinct.size() > 1 ? Kind.DISPUTED : Kind.AGREED, said);
  }

  public boolean disputed() {
    return kind == Kind.DISPUTED;
  }
}
