package org.clausewatch.search.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.clausewatch.search.domain.SearchRepository;
import org.clausewatch.search.domain.SearchRequest;
import org.clausewatch.search.domain.SearchResults;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.CurrentCaller;

/**
 * Ranked full-text search over contracts, clauses, usage restrictions, positions, annotations and
 * deadlines (R1). Everything found, and every count, is within the caller's clearance: the filter
 * is in each branch of the SQL, since native SQL does not pass through the Hibernate filter.
 */
@Stateless
@Allowed
public class SearchService {

  @Inject private SearchRepository search;
  @Inject private CurrentCaller caller;

  /** A page of results with the facets: two SQL statements. */
  public SearchResults search(@NotNull SearchRequest request) {
    Classification clearance = caller.getClearance();
    return search.search(
        request, clearance == null ? CurrentCaller.NO_CLEARANCE : clearance.ordinal());
  }
}
