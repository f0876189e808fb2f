package org.clausewatch.contract.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How far the list counts: deep pages share a few caps, so their counts are kept and reused. */
class ContractListCountCapTest {

  @Test
  void theFirstPagesCountToTenThousand() {
    assertThat(ContractListBean.countCap(25)).isEqualTo(10_000);
    assertThat(ContractListBean.countCap(10_000)).isEqualTo(10_000);
  }

  @Test
  void aDeeperPageCountsToTheNextDoublingThatCoversIt() {
    assertThat(ContractListBean.countCap(10_001)).isEqualTo(20_000);
    assertThat(ContractListBean.countCap(50_000)).isEqualTo(80_000);
    assertThat(ContractListBean.countCap(50_025))
        .as("neighbouring deep pages share one cap")
        .isEqualTo(ContractListBean.countCap(60_000));
  }

  @Test
  void theLastRowsOfAHugeListStillFit() {
    assertThat(ContractListBean.countCap(Integer.MAX_VALUE + 5L)).isEqualTo(Integer.MAX_VALUE - 1);
  }
}
