package org.clausewatch.search.domain;

import java.util.List;
import java.util.Map;

/**
 * A page of results, how many there are in all (of the chosen kind), and the facets: for each
 * facet, its values with their counts, most frequent first. Counts include only what the caller may
 * see.
 */
public record SearchResults(
    List<SearchHit> hits, long total, Map<String, List<FacetValue>> facets) {

  public record FacetValue(String value, long count) {}

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  public List<FacetValue> facet(String name) {
    return facets.getOrDefault(name, List.of());
  }
}
