package org.clausewatch.account.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clausewatch.shared.BusinessException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void twelveCharactersAreEnoughAndSpacesAreAllowed() {
    assertThatCode(() -> PasswordPolicy.check("correct horse", "casey")).doesNotThrowAnyException();
    assertThatCode(() -> PasswordPolicy.check("ünïcödé-pässwörd", "casey"))
        .doesNotThrowAnyException();
  }

  @Test
  void shortLongBlankOrNameContainingPasswordsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> PasswordPolicy.check("elevenchars", "casey"))
        .hasMessage("The password must have at least 12 characters.");
    assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(129), "casey"))
        .hasMessage("The password must have at most 128 characters.");
    assertThatThrownBy(() -> PasswordPolicy.check(" ".repeat(12), "casey"))
        .hasMessage("The password must not be only spaces.");
    assertThatThrownBy(() -> PasswordPolicy.check("my-name-is-CASEY", "casey"))
        .hasMessage("The password must not contain the user name.");
    assertThatThrownBy(() -> PasswordPolicy.check(null, "casey"))
        .isInstanceOf(BusinessException.class);
  }
}
