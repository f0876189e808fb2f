package org.clausewatch.annotation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

  @Test
  void namesAfterAnAtSignAreMentionsInOrderOnce() {
    assertThat(Mentions.in("@counsel please check, and @j.doe too; @counsel again"))
        .containsExactly("counsel", "j.doe");
  }

  @Test
  void aFullStopOrCommaAfterANameIsNotPartOfIt() {
    assertThat(Mentions.in("Over to @officer. Thanks @legal-team_, bye"))
        .containsExactly("officer", "legal-team");
  }

  @Test
  void anEmailAddressIsNotAMention() {
    assertThat(Mentions.in("Write to counsel@example.com or x.y@agency.gov")).isEmpty();
  }

  @Test
  void namesAreLowerCasedAndTooShortOnesIgnored() {
    assertThat(Mentions.in("(@Manager) and @ab and @")).containsExactly("manager");
  }

  @Test
  void atMostTwentyNamesAreRead() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      text.append("@user").append(i).append(' ');
    }
    assertThat(Mentions.in(text.toString())).hasSize(Mentions.MAX).startsWith("user0");
  }

  @Test
  void anExcerptIsOneLineAndBounded() {
    AnnotationPosted posted = AnnotationPosted.of(1, 2L, "officer", "a\n\n b " + "x".repeat(300));
    assertThat(posted.excerpt()).startsWith("a b x").hasSize(AnnotationPosted.EXCERPT_LENGTH);
    assertThat(posted.excerpt()).endsWith("\u2026");
  }
}
