package org.clausewatch.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.clausewatch.shared.Classification;
import org.junit.jupiter.api.Test;

class AccessRulesTest {

  @Allowed
  static class Readers {
    public void read() {}

    @Allowed({Role.LEGAL})
    public void reword() {}
  }

  @Test
  void aMethodsRolesOverrideItsClasses() throws Exception {
    assertThat(AccessControlInterceptor.allowedRoles(Readers.class.getMethod("read"))).isEmpty();
    assertThat(AccessControlInterceptor.allowedRoles(Readers.class.getMethod("reword")))
        .containsExactly(Role.LEGAL);
  }

  @Test
  void anEmptyListAllowsAnyoneWithARoleButNotSomeoneWithout() {
    CallerProfile manager =
        new CallerProfile("morgan", Set.of(Role.MANAGER), Classification.TOP_SECRET);
    CallerProfile nobody = new CallerProfile("new-hire", Set.of(), Classification.UNCLASSIFIED);

    assertThat(manager.hasAnyOf(Set.of())).isTrue();
    assertThat(nobody.hasAnyOf(Set.of())).isFalse();
    assertThat(manager.hasAnyOf(EnumSet.of(Role.LEGAL, Role.CONTRACTING_OFFICER))).isFalse();
    assertThat(manager.hasAnyOf(EnumSet.of(Role.MANAGER))).isTrue();
  }
}
