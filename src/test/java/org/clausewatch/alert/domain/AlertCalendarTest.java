package org.clausewatch.alert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.shared.Classification;
import org.junit.jupiter.api.Test;

class AlertCalendarTest {

  static final Instant NOW = Instant.parse("2026-02-24T12:00:00Z");

  Calendar feed() {
    return AlertCalendar.of(
        List.of(
            new CalendarEntry.DeadlineEntry(
                42,
                "Signed document granting full access",
                "ULTIMATUM",
                "OPEN",
                Instant.parse("2026-02-27T22:00:00Z"),
                "America/New_York",
                "HQ0883-25-9-0012",
                Classification.CUI,
                AlertLadder.defaultFor(DeadlineKind.ULTIMATUM).steps())),
        List.of(
            new CalendarEntry.ObligationEntry(
                7,
                "Quarterly usage report",
                "Anthropic PBC",
                LocalDate.of(2026, 3, 31),
                "FREQ=MONTHLY;INTERVAL=3;COUNT=8",
                "HQ0883-25-9-0012",
                Classification.UNCLASSIFIED)),
        "https://clausewatch.example",
        NOW);
  }

  @Test
  void aDeadlineIsAnEventWithAnAlarmPerStepBeforeItsDueTime() throws Exception {
    Calendar parsed = new CalendarBuilder().build(new StringReader(feed().toString()));
    List<VEvent> events = parsed.getComponents(Component.VEVENT);
    assertThat(events).hasSize(1);
    VEvent event = events.get(0);
    assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
        .as("R8 the marking in the SUMMARY")
        .isEqualTo("[CUI] Signed document granting full access (HQ0883-25-9-0012)");
    assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue())
        .isEqualTo("20260227T220000Z");
    assertThat(event.getAlarms())
        .as("R8 72h, 24h, 4h, 1h and at the due time; none after it")
        .hasSize(5);
    assertThat(event.getAlarms().get(0).getProperty(Property.TRIGGER).orElseThrow().getValue())
        .isEqualTo("-P3D");
  }

  @Test
  void anObligationIsATodoThatKeepsItsRule() throws Exception {
    Calendar parsed = new CalendarBuilder().build(new StringReader(feed().toString()));
    List<VToDo> todos =
        parsed.getComponents().stream()
            .filter(VToDo.class::isInstance)
            .map(VToDo.class::cast)
            .toList();
    assertThat(todos).hasSize(1);
    assertThat(todos.get(0).getProperty(Property.RRULE).orElseThrow().getValue().split(";"))
        .as("R8")
        .containsExactlyInAnyOrder("FREQ=MONTHLY", "INTERVAL=3", "COUNT=8");
    assertThat(todos.get(0).getProperty(Property.SUMMARY).orElseThrow().getValue())
        .startsWith("[UNCLASSIFIED] Anthropic PBC: Quarterly usage report");
  }

  @Test
  void theFeedValidates() throws Exception {
    var result = feed().validate();
    assertThat(result.hasErrors()).as("R8 ical4j's validator: %s", result.getEntries()).isFalse();
    assertThat(Duration.ofHours(72))
        .isEqualTo(AlertLadder.defaultFor(DeadlineKind.ULTIMATUM).steps().get(0));
  }

  @Test
  void anEndedSeriesStopsInTheCalendarOnItsLastDay() {
    String ended =
        org.clausewatch.deadline.domain.Recurrence.parse("FREQ=MONTHLY;INTERVAL=3;COUNT=8")
            .endingAfter(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 12, 31))
            .rule();
    Calendar feed =
        AlertCalendar.of(
            List.of(),
            List.of(
                new CalendarEntry.ObligationEntry(
                    7,
                    "Quarterly usage report",
                    "Anthropic PBC",
                    LocalDate.of(2026, 3, 31),
                    ended,
                    "HQ0883-25-9-0012",
                    Classification.UNCLASSIFIED)),
            "https://clausewatch.example",
            NOW);

    assertThat(feed.validate().hasErrors()).as("ical4j's validator").isFalse();
    VToDo entry =
        feed.getComponents().stream()
            .filter(VToDo.class::isInstance)
            .map(VToDo.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(entry.getProperty(Property.RRULE).orElseThrow().getValue().split(";"))
        .containsExactlyInAnyOrder("FREQ=MONTHLY", "INTERVAL=3", "UNTIL=20261231");
  }
}
