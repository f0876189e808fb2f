package org.clausewatch.search.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchSqlTest {

  @Test
  void everyBranchCarriesTheClearanceFilter() {
    SearchSql sql =
        SearchSql.of(new SearchRequest("surveillance", null, null, null, null, null, 1, 20), 1);
    int branches = sql.page().split(" union all ").length;
    assertThat(branches).isEqualTo(SearchKind.values().length);
    assertThat(sql.page().split("c.classification_rank <= :clearance", -1)).hasSize(branches + 1);
    assertThat(sql.pageParameters()).containsEntry("clearance", 1).containsEntry("limit", 20);
  }

  @Test
  void aKindOrACategoryKeepsOnlyTheirBranches() {
    SearchSql clauses =
        SearchSql.of(new SearchRequest("x", null, null, null, "USAGE_RESTRICTION", null, 1, 20), 3);
    assertThat(clauses.page()).doesNotContain(" union all ").contains("x.category = :category");
    SearchSql nothing =
        SearchSql.of(
            new SearchRequest("x", SearchKind.DEADLINE, null, null, "OTHER", null, 1, 20), 3);
    assertThat(nothing.page()).contains("where false");
  }

  @Test
  void aRequestNeedsWordsAndASanePage() {
    assertThatThrownBy(() -> new SearchRequest("  ", null, null, null, null, null, 1, 20))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new SearchRequest("x".repeat(201), null, null, null, null, null, 1, 20))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SearchRequest("x", null, null, null, null, null, 0, 20))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
