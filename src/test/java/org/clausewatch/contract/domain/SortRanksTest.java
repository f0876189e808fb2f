package org.clausewatch.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.clausewatch.shared.Classification;
import org.junit.jupiter.api.Test;

class SortRanksTest {

  /** The database ranks (V4) must follow the Java order, or sorting and clearance disagree. */
  @Test
  void theDatabaseRanksFollowTheDeclaredOrder() throws Exception {
    String migration = Files.readString(Path.of("db/migrations/V4__contract_sort_ranks.sql"));
    for (ContractStatus status : ContractStatus.values()) {
      assertThat(migration).contains("'" + status + "' then " + status.ordinal());
    }
    for (Classification marking : Classification.values()) {
      assertThat(migration).contains("'" + marking + "' then " + marking.ordinal());
    }
  }
}
