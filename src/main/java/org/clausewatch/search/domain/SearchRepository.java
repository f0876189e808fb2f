package org.clausewatch.search.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewatch.search.domain.SearchResults.FacetValue;

/** Runs a search's two statements ({@link SearchSql}). */
@ApplicationScoped
public class SearchRepository {

  /** Values shown per facet. */
  static final int FACET_VALUES = 8;

  @PersistenceContext private EntityManager em;

  public SearchResults search(SearchRequest request, int clearanceRank) {
    return search(request, clearanceRank, SearchSql.CANDIDATES);
  }

  /**
   * The search with {@code candidates} matches of each kind ranked and counted (more are told by
   * {@link SearchResults#more()}).
   */
  public SearchResults search(SearchRequest request, int clearanceRank, int candidates) {
    SearchSql sql = SearchSql.of(request, clearanceRank, candidates);
    Map<String, List<FacetValue>> facets = facets(sql);
    List<FacetValue> kinds =
        facets.getOrDefault("kind", List.of()).stream()
            .filter(v -> request.kind() == null || v.value().equals(request.kind().name()))
            .toList();
    boolean more = kinds.stream().anyMatch(v -> v.count() > candidates);
    long total = kinds.stream().mapToLong(v -> Math.min(v.count(), candidates)).sum();
    List<SearchHit> hits = new ArrayList<>();
    if (total > request.offset()) {
      for (Object[] r : rows(sql.page(), sql.pageParameters())) {
        hits.add(
            new SearchHit(
                SearchKind.valueOf((String) r[0]),
                ((Number) r[1]).longValue(),
                (String) r[2],
                (String) r[3],
                (String) r[4],
                (String) r[5],
                (String) r[6],
                Excerpt.of((String) r[7]),
                ((Number) r[8]).doubleValue()));
      }
    }
    return new SearchResults(hits, total, more, facets);
  }

  private Map<String, List<FacetValue>> facets(SearchSql sql) {
    String[] names = {"kind", "status", "classification", "category", "buyer", "vendor"};
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (Object[] r : rows(sql.facets(), sql.facetParameters())) {
      for (int i = 0; i < names.length; i++) {
        if (r[i] != null) {
          facets
              .computeIfAbsent(names[i], k -> new ArrayList<>())
              .add(new FacetValue((String) r[i], ((Number) r[6]).longValue()));
          break;
        }
      }
    }
    Map<String, List<FacetValue>> top = new LinkedHashMap<>();
    facets.forEach(
        (name, values) ->
            top.put(
                name,
                values.stream()
                    .sorted(
                        Comparator.comparingLong(FacetValue::count)
                            .reversed()
                            .thenComparing(FacetValue::value))
                    .limit(FACET_VALUES)
                    .toList()));
    return top;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Map<String, Object> parameters) {
    Query query = em.createNativeQuery(sql);
    parameters.forEach(
        (name, value) -> {
          if (sql.contains(":" + name)) {
            query.setParameter(name, value);
          }
        });
    return query.getResultList();
  }
}
