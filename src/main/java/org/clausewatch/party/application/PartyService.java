package org.clausewatch.party.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.clausewatch.party.domain.Party;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.party.domain.PartyRepository;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;

/** Registers and lists parties. */
@Stateless
@Allowed
public class PartyService {

  @Inject private PartyRepository parties;

  /**
   * @throws BusinessException if a party of that name (ignoring case) exists
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public Party register(@NotBlank String name, @NotNull PartyKind kind) {
    if (parties.findByName(name).isPresent()) {
      throw new BusinessException("A party named \"" + name.strip() + "\" already exists.");
    }
    try {
      return parties.add(new Party(name, kind));
    } catch (IllegalArgumentException e) {
      throw new BusinessException(e.getMessage());
    }
  }

  public List<Party> all() {
    return parties.findAll();
  }
}
