package org.clausewatch.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.clausewatch.contract.domain.Contract;
import org.clausewatch.contract.domain.ContractType;
import org.clausewatch.party.domain.Party;
import org.clausewatch.party.domain.PartyKind;
import org.clausewatch.shared.BusinessException;
import org.clausewatch.shared.Money;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final Party dod = new Party("U.S. Department of Defense", PartyKind.GOVERNMENT_AGENCY);
  private final Party anthropic = new Party("Anthropic", PartyKind.COMPANY);
  private final Contract contract =
      new Contract(
          "HQ0034-24-C-0200",
          "Frontier AI",
          ContractType.OTHER,
          dod,
          anthropic,
          Money.usd("200000000"));

  private Deadline dueFriday4December(String title, DeadlineKind kind) {
    return new Deadline(
        contract, title, kind, ZonedDateTime.of(2026, 12, 4, 17, 0, 0, 0, NEW_YORK));
  }

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  @Test
  void fivePmFridayStaysFivePmInNewYorkAcrossTheEndOfDaylightSaving() {
    // Said on Tuesday 27 Oct 2026 (EDT, UTC-4); clocks go back on Sunday 1 Nov (EST, UTC-5).
    Clock tuesday = at("2026-10-27T14:00:00Z");

    ZonedDateTime due = DueTime.next(DayOfWeek.FRIDAY, LocalTime.of(17, 0), NEW_YORK, tuesday);
    Deadline cut = new Deadline(contract, "Signed document", DeadlineKind.ULTIMATUM, due);

    assertThat(cut.dueInStatedZone().toLocalDateTime())
        .as("R1")
        .isEqualTo(LocalDateTime.of(2026, 10, 30, 17, 0));
    assertThat(cut.dueAt()).isEqualTo(Instant.parse("2026-10-30T21:00:00Z"));

    ZonedDateTime weekAfter =
        DueTime.next(DayOfWeek.FRIDAY, LocalTime.of(17, 0), NEW_YORK, at("2026-10-31T12:00:00Z"));
    assertThat(weekAfter.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 6, 17, 0));
    assertThat(weekAfter.toInstant())
        .as("17:00 EST is 22:00 UTC, not the 21:00 UTC a fixed offset would give")
        .isEqualTo(Instant.parse("2026-11-06T22:00:00Z"));
    assertThat(Duration.between(cut.dueAt(), weekAfter.toInstant()))
        .isEqualTo(Duration.ofHours(169));
  }

  @Test
  void saidOnFridayEveningFivePmFridayMeansNextWeek() {
    Clock fridayEvening = at("2026-11-27T23:30:00Z"); // 18:30 in New York

    ZonedDateTime due =
        DueTime.next(DayOfWeek.FRIDAY, LocalTime.of(17, 0), NEW_YORK, fridayEvening);

    assertThat(due.toLocalDate()).hasToString("2026-12-04");
  }

  @Test
  void remainingTimeAndTheAttentionWindowComeFromTheClock() {
    Deadline cut = dueFriday4December("Signed document", DeadlineKind.ULTIMATUM);

    Clock fiveDaysBefore = at("2026-11-29T22:00:00Z");
    assertThat(cut.remaining(fiveDaysBefore)).isEqualTo(Duration.ofDays(5));
    assertThat(cut.isOpenAndDueWithin(Duration.ofDays(7), fiveDaysBefore)).isTrue();
    assertThat(cut.isOpenAndDueWithin(Duration.ofDays(7), at("2026-11-20T00:00:00Z"))).isFalse();
    cut.meet("officer", Instant.parse("2026-11-30T10:00:00Z"), null);
    assertThat(cut.isOpenAndDueWithin(Duration.ofDays(7), fiveDaysBefore)).isFalse();
  }

  @Test
  void consequencesKeepTheOrderTheyWereThreatenedIn() {
    Deadline cut = dueFriday4December("Signed document", DeadlineKind.ULTIMATUM);
    cut.demand(dod, anthropic, "Grant full access");
    cut.threaten("Defense Production Act invoked");
    cut.threaten("Designated a supply chain risk");

    assertThat(cut.consequences())
        .as("R2")
        .containsExactly("Defense Production Act invoked", "Designated a supply chain risk");
    assertThat(cut.issuer()).isSameAs(dod);
    assertThat(cut.responsible()).isSameAs(anthropic);
  }

  private static final Instant MONDAY = Instant.parse("2026-11-30T15:00:00Z");

  @Test
  void onlyAnOpenDeadlineCanBeClosedAndTheClosingSaysWhoWhenAndWhy() {
    Deadline cut = dueFriday4December("Report", DeadlineKind.REPORT);
    cut.close(DeadlineStatus.WITHDRAWN, "officer", MONDAY, "Superseded by the new request");

    assertThat(cut.status()).as("R7").isEqualTo(DeadlineStatus.WITHDRAWN);
    assertThat(cut.closedBy()).isEqualTo("officer");
    assertThat(cut.closedAt()).isEqualTo(MONDAY);
    assertThat(cut.closeNote()).isEqualTo("Superseded by the new request");
    assertThatThrownBy(() -> cut.meet("officer", MONDAY, null))
        .as("R7: closed once")
        .isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> cut.extend(cut.dueInStatedZone().plusDays(1), "why", "o", MONDAY))
        .as("R6: a closed deadline is not extended")
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void aDeadlineIsNotClosedAsOpen() {
    Deadline cut = dueFriday4December("Report", DeadlineKind.REPORT);
    assertThatThrownBy(() -> cut.close(DeadlineStatus.OPEN, "officer", MONDAY, null))
        .isInstanceOf(BusinessException.class);
    assertThat(cut.status()).isEqualTo(DeadlineStatus.OPEN);
  }

  @Test
  void anExtensionMovesTheDueTimeLaterAndKeepsTheOldOneWithTheReason() {
    Deadline cut = dueFriday4December("Signed document", DeadlineKind.ULTIMATUM);
    ZonedDateTime nextFriday = ZonedDateTime.of(2026, 12, 11, 17, 0, 0, 0, NEW_YORK);

    cut.extend(nextFriday, "Talks continue", "officer", MONDAY);

    assertThat(cut.dueInStatedZone()).as("R6").isEqualTo(nextFriday);
    assertThat(cut.extensions()).hasSize(1);
    Extension extension = cut.extensions().get(0);
    assertThat(extension.previousDue())
        .isEqualTo(ZonedDateTime.of(2026, 12, 4, 17, 0, 0, 0, NEW_YORK));
    assertThat(extension.newDue()).isEqualTo(nextFriday);
    assertThat(extension.reason()).isEqualTo("Talks continue");
    assertThat(extension.extendedBy()).isEqualTo("officer");
    assertThat(extension.extendedAt()).isEqualTo(MONDAY);
  }

  @Test
  void anExtensionToAnEarlierTimeOrWithoutReasonIsRefusedAndChangesNothing() {
    Deadline cut = dueFriday4December("Signed document", DeadlineKind.ULTIMATUM);
    ZonedDateTime before = cut.dueInStatedZone();

    assertThatThrownBy(() -> cut.extend(before.minusHours(1), "Sooner", "officer", MONDAY))
        .isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> cut.extend(before.plusDays(7), " ", "officer", MONDAY))
        .isInstanceOf(BusinessException.class);
    assertThat(cut.dueInStatedZone()).isEqualTo(before);
    assertThat(cut.extensions()).isEmpty();
  }

  @Test
  void anOpenDeadlinePastItsTimeIsOverdueUntilClosed() {
    Deadline cut = dueFriday4December("Signed document", DeadlineKind.ULTIMATUM);
    Clock saturday = at("2026-12-05T12:00:00Z");

    assertThat(cut.isOverdue(at("2026-12-04T21:59:00Z"))).isFalse();
    assertThat(cut.isOverdue(saturday)).as("R5").isTrue();
    cut.close(DeadlineStatus.MISSED, "officer", saturday.instant(), null);
    assertThat(cut.isOverdue(saturday)).isFalse();
  }

  @Test
  void anIssueTimeAfterTheDueTimeIsRefused() {
    Deadline cut = dueFriday4December("Signed document", DeadlineKind.ULTIMATUM);
    assertThatThrownBy(() -> cut.issuedAt(Instant.parse("2026-12-05T00:00:00Z")))
        .isInstanceOf(BusinessException.class);
    cut.issuedAt(Instant.parse("2026-12-01T15:00:00Z"));
    assertThat(cut.issuedAt()).isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
  }

  @Test
  void aCorrectionReplacesTheConsequencesInTheirNewOrderAllOrNone() {
    Deadline cut = dueFriday4December("Signed document", DeadlineKind.ULTIMATUM);
    cut.threaten("Defense Production Act invoked");

    cut.retitle("  Signed document granting unrestricted access ");
    cut.replaceConsequences(
        List.of("Defense Production Act invoked", "Designated a supply chain risk"));

    assertThat(cut.title()).isEqualTo("Signed document granting unrestricted access");
    assertThat(cut.consequences())
        .containsExactly("Defense Production Act invoked", "Designated a supply chain risk");
    assertThatThrownBy(
            () ->
                cut.replaceConsequences(
                    List.of("Contract cancelled", "x".repeat(Deadline.CONSEQUENCE_MAX_LENGTH + 1))))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("A consequence has 1 to");
    assertThatThrownBy(() -> cut.retitle(" "))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("title");
    assertThat(cut.consequences())
        .as("a refused list leaves the recorded one")
        .containsExactly("Defense Production Act invoked", "Designated a supply chain risk");
    assertThat(cut.title()).isEqualTo("Signed document granting unrestricted access");
    cut.replaceConsequences(List.of());
    assertThat(cut.consequences()).isEmpty();
  }

  @Test
  void aConsequenceWrittenAgainInOtherCaseSpacingOrPunctuationIsNotNewlyThreatened() {
    Deadline cut = dueFriday4December("Signed document", DeadlineKind.ULTIMATUM);
    cut.threaten("Defense Production Act invoked");
    cut.threaten("Designated a supply chain risk");

    List<String> added =
        cut.replaceConsequences(
            List.of(
                "Defense Production Act  invoked.",
                "Designated a supply-chain risk",
                "Contract terminated for default"));

    assertThat(added).containsExactly("Contract terminated for default");
    assertThat(cut.consequences())
        .as("the new wording is recorded")
        .containsExactly(
            "Defense Production Act  invoked.",
            "Designated a supply-chain risk",
            "Contract terminated for default");
    assertThat(cut.replaceConsequences(List.of("Defence Production Act invoked")))
        .as("other words (a spelling) count as new")
        .containsExactly("Defence Production Act invoked");
  }
}
