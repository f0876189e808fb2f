package org.clausewatch.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractStatusTest {

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "DRAFT, NEGOTIATING, true",
    "DRAFT, ACTIVE, true",
    "DRAFT, EXPIRED, false",
    "NEGOTIATING, ACTIVE, true",
    "ACTIVE, SUSPENDED, true",
    "ACTIVE, DRAFT, false",
    "ACTIVE, NEGOTIATING, false",
    "SUSPENDED, ACTIVE, true",
    "SUSPENDED, EXPIRED, false",
    "TERMINATED, ACTIVE, false",
    "EXPIRED, ACTIVE, false",
  })
  void onlyAllowedTransitionsAreAllowed(ContractStatus from, ContractStatus to, boolean allowed) {
    assertThat(from.canMoveTo(to)).as("R3").isEqualTo(allowed);
  }

  @Test
  void terminatedAndExpiredAreFinal() {
    assertThat(ContractStatus.TERMINATED.isFinal()).isTrue();
    assertThat(ContractStatus.EXPIRED.isFinal()).isTrue();
    assertThat(ContractStatus.ACTIVE.isFinal()).isFalse();
  }

  @Test
  void noStatusMovesToItself() {
    for (ContractStatus status : ContractStatus.values()) {
      assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
    }
  }
}
