package org.clausewatch.party.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.clausewatch.party.domain.Party;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.party.domain.PartyRepository;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Page;
import org.clausewatch.shared.PageRequest;
import org.clausewatch.shared.RecordChanges;
import org.clausewatch.shared.security.Allowed;
import org.clausewatch.shared.security.Role;

/** Registers and lists parties. */
@Stateless
@Allowed
public class PartyService {

  @Inject private PartyRepository parties;

  /**
   * @throws BusinessException if a party of that name (ignoring case, after {@link
   *     Party#normalName}) exists
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public Party register(@NotBlank String name, @NotNull PartyKind kind) {
    Party party = new Party(name, kind);
    parties.lockLookAlikes(party.name());
    if (parties.findByName(party.name()).isPresent()) {
      throw new BusinessException("A party named \"" + party.name() + "\" already exists.");
    }
    refuseLookAlike(party.name(), null);
    return parties.add(party);
  }

  /**
   * Refuses a name that a reader could take for another party's ({@link
   * org.clausewatch.shared.Names#skeleton}): "хАІ" in Cyrillic or "xAl" beside "xAI".
   */
  private void refuseLookAlike(String name, Long self) {
    parties.findLookAlikes(name).stream()
        .filter(other -> !other.id().equals(self))
        .findFirst()
        .ifPresent(
            other -> {
              throw new BusinessException(
                  "A party's name \""
                      + name
                      + "\" would look like that of the party \""
                      + other.name()
                      + "\": a reader could take the one for the other. If it is another"
                      + " organisation, add what tells them apart, such as its legal form or"
                      + " place.");
            });
  }

  /**
   * Registers a party with its identifiers and description.
   *
   * @throws BusinessException if the name is taken or an identifier is malformed
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public String register(@NotNull @Valid PartyDetails details) {
    Party party = register(details.name(), details.kind());
    party.identify(details.uei(), details.cageCode());
    party.describe(details.description());
    return party.name();
  }

  /**
   * Changes a party, unless someone changed it since {@code expectedVersion} was read.
   *
   * @return its name as stored ({@link Party#normalName})
   * @throws BusinessException if unknown, changed meanwhile, the new name is taken by another
   *     party, or an identifier is malformed
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public String edit(
      @NotNull String currentName, long expectedVersion, @NotNull @Valid PartyDetails details) {
    return edit(currentName, expectedVersion, null, details);
  }

  /**
   * As {@link #edit(String, long, PartyDetails)}, from a form that started from {@code read}: a
   * refusal for a change made meanwhile names each field that changed and its value now.
   */
  @Allowed(Role.CONTRACTING_OFFICER)
  public String edit(
      @NotNull String currentName, @NotNull PartyLine read, @NotNull @Valid PartyDetails details) {
    return edit(currentName, read.version(), PartyDetails.of(read), details);
  }

  private String edit(
      String currentName, long expectedVersion, PartyDetails read, PartyDetails details) {
    Party party = existing(currentName);
    if (party.version() != expectedVersion) {
      List<String> changed =
          read == null ? List.of() : RecordChanges.between(read, PartyDetails.of(party));
      throw new BusinessException(
          "Someone else changed "
              + party.name()
              + " meanwhile"
              + (changed.isEmpty() ? "" : " (" + String.join("; ", changed) + ")")
              + ". Your entries are kept: check them against that change and save again.");
    }
    String name = Party.normalName(details.name());
    parties.lockLookAlikes(name);
    parties
        .findByName(name)
        .filter(other -> !other.id().equals(party.id()))
        .ifPresent(
            other -> {
              throw new BusinessException("A party named \"" + other.name() + "\" already exists.");
            });
    refuseLookAlike(name, party.id());
    party.rename(name);
    party.reclassify(details.kind());
    party.identify(details.uei(), details.cageCode());
    party.describe(details.description());
    return party.name();
  }

  /** One party by name (case-insensitive), or empty. */
  public Optional<PartyLine> party(@NotNull String name) {
    return parties.findByName(name).map(PartyService::line);
  }

  /** A page of the directory by name; {@code text} matches name, UEI or CAGE code. */
  public Page<PartyLine> directory(String text, @NotNull PageRequest page) {
    long total = parties.count(text);
    return new Page<>(
        total > page.offset()
            ? parties.search(text, page.offset(), page.limit()).stream()
                .map(PartyService::line)
                .toList()
            : List.of(),
        total);
  }

  private static PartyLine line(Party p) {
    return new PartyLine(
        p.id(), p.version(), p.name(), p.kind(), p.uei(), p.cageCode(), p.description());
  }

  private Party existing(String name) {
    return parties
        .findByName(name)
        .orElseThrow(() -> new BusinessException("Unknown party: " + name));
  }

  public List<Party> all() {
    return parties.findAll();
  }
}
