package org.clausewatch.flag.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.clausewatch.flag.domain.ClauseCategory;
import org.clausewatch.flag.domain.FlagRule;
import org.junit.jupiter.api.Test;

class FlagOptionsTest {

  @Test
  void everyRuleAndShippedCategoryCanBeFilteredByAndHasItsNameInWords() throws IOException {
    Properties messages = new Properties();
    try (InputStream in = FlagOptionsTest.class.getResourceAsStream("/messages.properties")) {
      messages.load(in);
    }

    var options = new FlagOptions().getOptions();

    assertThat(options)
        .extracting(FlagOptions.Option::value)
        .contains(FlagRule.TERM_DISPUTED.name())
        .contains(FlagRule.textRule(ClauseCategory.NOTICE_PERIOD_TO_TERMINATE_RENEWAL))
        .doesNotContain(FlagRule.textRule(ClauseCategory.LICENSE_GRANT));
    assertThat(options)
        .allSatisfy(
            o -> assertThat(messages.getProperty(o.labelKey())).as(o.labelKey()).isNotBlank());
  }
}
