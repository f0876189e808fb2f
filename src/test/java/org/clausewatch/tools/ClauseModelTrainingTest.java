package org.clausewatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.clausewatch.tools.ClauseModelTraining.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Which categories get a model: figures as {threshold, precision, recall} and {precision, recall}.
 */
class ClauseModelTrainingTest {

  @Test
  void aModelShipsWhenItReachesTheRecallAndThePatternsDoNotDoBetter() {
    assertThat(
            ClauseModelTraining.outcome(new double[] {0.3, 0.85, 0.62}, new double[] {0.80, 0.90}))
        .as("patterns below the precision, however high their recall")
        .isEqualTo(Outcome.MODEL);
    assertThat(
            ClauseModelTraining.outcome(new double[] {0.3, 0.85, 0.62}, new double[] {0.89, 0.61}))
        .as("patterns at the precision but with less recall")
        .isEqualTo(Outcome.MODEL);
  }

  @Test
  void patternsThatReachThePrecisionAtAsMuchRecallKeepTheCategory() {
    assertThat(
            ClauseModelTraining.outcome(new double[] {0.3, 0.85, 0.62}, new double[] {0.89, 0.64}))
        .isEqualTo(Outcome.PATTERNS_BETTER);
    assertThat(
            ClauseModelTraining.outcome(new double[] {0.3, 0.85, 0.62}, new double[] {0.85, 0.62}))
        .as("a tie goes to the patterns")
        .isEqualTo(Outcome.PATTERNS_BETTER);
  }

  @Test
  void aModelBelowTheRecallOrWithoutAThresholdDoesNotShip() {
    assertThat(
            ClauseModelTraining.outcome(new double[] {0.3, 0.86, 0.49}, new double[] {0.40, 0.30}))
        .isEqualTo(Outcome.PATTERNS);
    assertThat(ClauseModelTraining.outcome(null, new double[] {0.95, 0.90}))
        .isEqualTo(Outcome.PATTERNS);
  }
}
