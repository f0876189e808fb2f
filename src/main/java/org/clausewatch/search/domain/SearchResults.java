package org.clausewatch.search.domain;

import java.util.List;
import java.util.Map;

/**
 * A page of results, how many there are in all (of the chosen kind), and the facets: for each
 * facet, its values with their counts, most frequent first. Counts include only what the caller may
 * see. When {@code more} is set, a kind had more matches than {@link SearchSql#CANDIDATES}: the
 * total and the facet counts are of the first {@code CANDIDATES} matches of each kind, and the page
 * ranks those.
 */
public record SearchResults(
    List<SearchHit> hits, long total, boolean more, Map<String, List<FacetValue>> facets) {

  public record FacetValue(String value, long count) {}

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  public List<FacetValue> facet(String name) {
    return facets.getOrDefault(name, List.of());
  }
}
