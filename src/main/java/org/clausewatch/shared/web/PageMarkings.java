package org.clausewatch.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.clausewatch.shared.Classification;

/**
 * {@code #{pageMarkings.highest([a, b, c])}}: the banner marking of a page made of several lists
 * (the overview), the highest of theirs.
 */
@Named
@ApplicationScoped
public class PageMarkings {

  public Classification highest(List<Classification> markings) {
    return Classification.highest(markings);
  }
}
