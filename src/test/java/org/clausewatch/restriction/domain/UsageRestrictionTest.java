package org.clausewatch.restriction.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clausewatch.clause.domain.Clause;
import org.clausewatch.clause.domain.ClauseCategory;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.party.domain.Party;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Money;
import org.junit.jupiter.api.Test;

class UsageRestrictionTest {

  private final Party dod = new Party("U.S. Department of Defense", PartyKind.GOVERNMENT_AGENCY);
  private final Party anthropic = new Party("Anthropic", PartyKind.COMPANY);
  private final Clause clause =
      new Clause(
          new Contract(
              "HQ0034-24-C-0200",
              "Frontier AI",
              ContractType.OTHER,
              dod,
              anthropic,
              Money.usd("1")),
          0,
          "H-1",
          null,
          "Prohibited uses",
          "text",
          ClauseCategory.USAGE_RESTRICTION);

  @Test
  void aWithdrawnRestrictionStaysWithdrawnAndCannotBeChanged() {
    UsageRestriction cut =
        UsageRestriction.prohibiting(clause, "Mass surveillance of U.S. persons");
    cut.withdraw();

    assertThat(cut.withdrawn()).isTrue();
    assertThatThrownBy(cut::withdraw).as("R2").isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> cut.redefine("Other use", null))
        .as("R2")
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void aConditionalRestrictionStatesItsCondition() {
    assertThatThrownBy(() -> UsageRestriction.conditional(clause, "Targeting", " "))
        .as("R1")
        .hasMessageContaining("condition");
    assertThat(UsageRestriction.conditional(clause, "Targeting", "Human approves").kind())
        .isEqualTo(RestrictionKind.CONDITIONAL);
  }
}
