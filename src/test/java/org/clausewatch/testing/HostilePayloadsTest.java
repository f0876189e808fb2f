package org.clausewatch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostilePayloadsTest {

  @Test
  void anEvaluatedPayloadIsSeenAsANumberOfItsOwn() {
    assertThat(HostilePayloads.showsEvaluation("<td>1340961</td>")).isTrue();
    assertThat(HostilePayloads.showsEvaluation("Search: 1340961 results")).isTrue();
  }

  @Test
  void theMarkersDigitsInsideARandomNumberAreNotAnEvaluation() {
    assertThat(
            HostilePayloads.showsEvaluation(
                "<input name=\"jakarta.faces.ViewState\" value=\"-81340961277:4113409612\">"))
        .isFalse();
  }

  @Test
  void theCorpusHoldsExpressionsThatWouldPrintTheMarker() {
    assertThat(HostilePayloads.all()).contains("#{1329*1009}", "${1329*1009}");
    assertThat(String.valueOf(1329 * 1009)).isEqualTo(HostilePayloads.EVALUATED_MARKER);
  }
}
