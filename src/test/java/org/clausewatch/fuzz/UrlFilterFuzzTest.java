package org.clausewatch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.clausewatch.contract.domain.ContractSortField;
import org.clausewatch.contract.web.ContractFilter;
import org.clausewatch.shared.SortDirection;

/**
 * Fuzzes the contract list's URL filter parser (issue #11): whatever the parameters, it answers
 * with filters and messages, never an exception, and the query string it writes back for links
 * reads back to the same valid filters. Time-boxed; runs in {@code mvn verify} (pom, "fuzz").
 */
class UrlFilterFuzzTest {

  private static final String[] NAMES = {
    "q", "party", "type", "status", "classification", "min", "max", "attention", "flag"
  };

  @FuzzTest(maxDuration = "10s")
  void anyParametersGiveFiltersOrMessagesNeverAnException(FuzzedDataProvider data) {
    Map<String, String> parameters = new HashMap<>();
    for (String name : NAMES) {
      if (data.consumeBoolean()) {
        parameters.put(name, data.consumeString(300));
      }
    }
    ContractFilter filter = ContractFilter.parse(parameters::get);
    filter.toQuery(ContractSortField.values()[0], SortDirection.ASCENDING);

    Map<String, String> again = new HashMap<>();
    String query = filter.queryString();
    if (!query.isEmpty()) {
      for (String pair : query.split("&")) {
        String[] kv = pair.split("=", 2);
        again.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
      }
    }
    ContractFilter reread = ContractFilter.parse(again::get);
    assertThat(reread.errors()).isEmpty();
    assertThat(reread.queryString()).isEqualTo(query);
  }
}
