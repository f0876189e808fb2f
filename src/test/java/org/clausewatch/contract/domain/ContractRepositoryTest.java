package org.clausewatch.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContractRepositoryTest {

  @Test
  void likeWildcardsInSearchTextAreMatchedLiterally() {
    assertThat(ContractRepository.escapeLike("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
  }
}
