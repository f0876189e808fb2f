package org.clausewatch.contract.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractSortField;
import org.clausewatch.contract.domain.ContractStatus;
import org.clausewatch.shared.SortDirection;
import org.junit.jupiter.api.Test;

class ContractFilterTest {

  private static ContractFilter parse(Map<String, String> parameters) {
    return ContractFilter.parse(parameters::get);
  }

  @Test
  void eachBadParameterGetsItsOwnMessageAndTheOthersStillApply() {
    ContractFilter cut =
        parse(Map.of("q", "grok", "status", "BOGUS", "min", "abc", "attention", "true"));

    ContractQuery query = cut.toQuery(ContractSortField.NUMBER, SortDirection.ASCENDING);
    assertThat(cut.errors())
        .containsEntry("status", "filter.status.unknown")
        .containsEntry("min", "filter.amount.invalid")
        .hasSize(2);
    assertThat(query.text()).isEqualTo("grok");
    assertThat(query.statuses()).isEmpty();
    assertThat(query.minCeiling()).isNull();
    assertThat(query.attentionOnly()).isTrue();
  }

  @Test
  void valuesAreReadLikePeopleWriteThemAndAReversedRangeIsRefused() {
    ContractFilter cut = parse(Map.of("min", "$1,000,000", "max", "500", "status", "negotiating"));

    assertThat(cut.errors()).containsOnlyKeys("max");
    ContractQuery query = cut.toQuery(ContractSortField.NUMBER, SortDirection.ASCENDING);
    assertThat(query.minCeiling()).isEqualByComparingTo("1000000");
    assertThat(query.maxCeiling()).isNull();
    assertThat(query.statuses()).containsExactly(ContractStatus.NEGOTIATING);
  }

  @Test
  void theQueryStringKeepsOnlyValidFiltersForExportLinks() {
    ContractFilter cut = parse(Map.of("party", "U.S. Dept & Co", "type", "nonsense"));

    assertThat(cut.queryString()).isEqualTo("party=U.S.+Dept+%26+Co");
  }

  @Test
  void aFlagIsARuleNameAnythingElseGetsAMessage() {
    assertThat(
            parse(Map.of("flag", "text_governing_law"))
                .toQuery(ContractSortField.NUMBER, SortDirection.ASCENDING)
                .flag())
        .isEqualTo("TEXT_GOVERNING_LAW");
    ContractFilter bad = parse(Map.of("flag", "x<script>"));
    assertThat(bad.errors()).containsEntry("flag", "filter.flag.unknown");
    assertThat(bad.toQuery(ContractSortField.NUMBER, SortDirection.ASCENDING).flag()).isNull();
  }
}
