package org.clausewatch.party.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.clausewatch.party.domain.Party;
import org.clausewatch.party.domain.PartyKind;

/**
 * A party as the directory shows it and its form sends it. UEI and CAGE code are optional; upper or
 * lower case is accepted.
 */
public record PartyDetails(
    @NotBlank @Size(max = Party.NAME_MAX_LENGTH) String name,
    @NotNull PartyKind kind,
    @Pattern(regexp = "|[A-Za-z0-9]{12}", message = "A UEI has 12 letters and digits") String uei,
    @Pattern(regexp = "|[A-Za-z0-9]{5}", message = "A CAGE code has 5 letters and digits")
        String cageCode,
    @Size(max = Party.DESCRIPTION_MAX_LENGTH) String description) {

  static PartyDetails of(Party p) {
    return new PartyDetails(p.name(), p.kind(), p.uei(), p.cageCode(), p.description());
  }

  static PartyDetails of(PartyLine p) {
    return new PartyDetails(p.name(), p.kind(), p.uei(), p.cageCode(), p.description());
  }
}
