package org.clausewatch.alert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.clausewatch.shared.Classification;
import org.junit.jupiter.api.Test;

class AlertMessageTest {

  static final String BASE = "https://clausewatch.example";

  static OutgoingMail mail(Classification marking, ZoneId reader, List<Duration> missed) {
    return new OutgoingMail(
        7,
        0,
        AlertKind.STEP,
        Duration.ofHours(24),
        missed,
        null,
        new Subject(
            42,
            "ULTIMATUM",
            "Signed document <granting> full access",
            "/deadlines/manage?id=42",
            Instant.parse("2026-02-27T22:00:00Z"),
            ZoneId.of("America/New_York"),
            null),
        "HQ0883-25-9-0012",
        "Frontier AI",
        marking,
        "manager@example.org",
        "Morgan",
        reader,
        true);
  }

  @Test
  void subjectAndBannerCarryTheMarkingAndTheDueTimeIsGivenInBothZones() {
    AlertMessage cut =
        AlertMessage.of(
            mail(Classification.CUI, ZoneId.of("Europe/Berlin"), List.of()),
            Classification.CUI,
            BASE);
    assertThat(cut.subject())
        .as("R7")
        .isEqualTo(
            "[CUI] Ultimatum due in 24 hours: Signed document <granting> full access (HQ0883-25-9-0012)");
    assertThat(cut.text()).startsWith("CUI\n").endsWith("CUI\n");
    assertThat(cut.text())
        .as("R7 the reader's zone and the stated one")
        .contains("Due: Fri 27 Feb 2026, 23:00 Europe/Berlin")
        .contains("stated as Fri 27 Feb 2026, 17:00 America/New_York")
        .contains(BASE + "/deadlines/manage?id=42");
    assertThat(cut.html())
        .as("R7 banner, and user text escaped")
        .contains(">CUI</p>")
        .contains("Signed document &lt;granting&gt; full access")
        .doesNotContain("<granting>");
  }

  @Test
  void aboveTheConfiguredLevelTheMailSaysOnlyThatAnItemNeedsAttention() {
    AlertMessage cut =
        AlertMessage.of(
            mail(Classification.SECRET, ZoneId.of("UTC"), List.of()), Classification.CUI, BASE);
    assertThat(cut.subject()).isEqualTo("[SECRET] Clausewatch: an item needs your attention");
    assertThat(cut.text() + cut.html())
        .as("R7 marked information stays in the app")
        .doesNotContain("Signed document")
        .doesNotContain("HQ0883")
        .doesNotContain("Frontier")
        .contains(BASE + "/deadlines/manage?id=42");
  }

  @Test
  void stepsMissedDuringDowntimeAreNamed() {
    AlertMessage cut =
        AlertMessage.of(
            mail(
                Classification.UNCLASSIFIED,
                ZoneId.of("America/New_York"),
                List.of(Duration.ofHours(72))),
            Classification.CUI,
            BASE);
    assertThat(cut.text())
        .contains("Also passed while alerts could not be sent: 72 hours before.")
        .doesNotContain("stated as");
  }

  @Test
  void headlinesSayWhatHappened() {
    assertThat(AlertMessage.headline(AlertKind.STEP, Duration.ZERO, "ULTIMATUM"))
        .isEqualTo("Ultimatum due now");
    assertThat(AlertMessage.headline(AlertKind.STEP, Duration.ofHours(-1), "REPORT"))
        .isEqualTo("Deadline overdue");
    assertThat(AlertMessage.headline(AlertKind.STEP, Duration.ofDays(14), "REPORT"))
        .isEqualTo("Deadline due in 14 days");
    assertThat(AlertMessage.headline(AlertKind.ENTERED, null, "ULTIMATUM"))
        .isEqualTo("New ultimatum");
    assertThat(AlertMessage.headline(AlertKind.ENTERED, null, "REPORT")).isEqualTo("New deadline");
    assertThat(AlertMessage.headline(AlertKind.ENTERED, Duration.ofDays(-2), "REPORT"))
        .as("entered two days after its due time")
        .isEqualTo("New deadline, already overdue");
    assertThat(AlertMessage.headline(AlertKind.ESCALATION, Duration.ZERO, "ULTIMATUM"))
        .isEqualTo("Escalated: unacknowledged ultimatum alert");
  }

  @Test
  void aDigestListsEachAlertWithItsMarkingUnderTheHighestAndKeepsMarkedDetailsOut() {
    AlertMessage cut =
        AlertMessage.digest(
            List.of(
                mail(Classification.CUI, ZoneId.of("America/New_York"), List.of()),
                mail(Classification.SECRET, ZoneId.of("America/New_York"), List.of())),
            ZoneId.of("America/New_York"),
            Classification.CUI,
            BASE);
    assertThat(cut.subject()).as("R10").isEqualTo("[SECRET] Clausewatch daily digest: 2 alerts");
    assertThat(cut.text())
        .startsWith("SECRET\n")
        .contains("[CUI] Ultimatum due in 24 hours: Signed document <granting> full access")
        .contains("[SECRET] An item needs your attention: " + BASE + "/deadlines/manage?id=42");
    assertThat(cut.text().split("Signed document", -1))
        .as("R7 the SECRET one without title")
        .hasSize(2);
  }

  @Test
  void aDisputeAboveTheLevelLinksToTheNotificationCentreNotToTheContract() {
    OutgoingMail dispute =
        new OutgoingMail(
            8,
            0,
            AlertKind.DISPUTED,
            null,
            List.of(),
            null,
            new Subject(
                5,
                Subject.RESTRICTION,
                "Mass surveillance of Americans",
                "/contracts/view?number=HQ0883-25-9-0012",
                null,
                ZoneId.of("UTC"),
                null),
            "HQ0883-25-9-0012",
            "Frontier AI",
            Classification.SECRET,
            "manager@example.org",
            "Morgan",
            ZoneId.of("UTC"),
            true);
    AlertMessage cut = AlertMessage.of(dispute, Classification.CUI, BASE);
    assertThat(cut.text())
        .as("R7 no contract number in a link either")
        .doesNotContain("HQ0883")
        .contains(BASE + "/alerts/notifications");
    AlertMessage open = AlertMessage.of(dispute, Classification.TOP_SECRET, BASE);
    assertThat(open.subject())
        .isEqualTo(
            "[SECRET] Usage restriction disputed: Mass surveillance of Americans (HQ0883-25-9-0012)");
    assertThat(open.text()).doesNotContain("Due:");
  }
}
