package org.clausewatch.alert.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A user's iCalendar feed (R8), built with ical4j: a VEVENT per deadline with a VALARM per step of
 * its ladder (steps after the due time are not alarms: a calendar cannot know it is still open), a
 * VToDo per open obligation keeping its RRULE, and the marking at the start of every SUMMARY.
 */
public final class AlertCalendar {

  private AlertCalendar() {}

  public static Calendar of(
      List<CalendarEntry.DeadlineEntry> deadlines,
      List<CalendarEntry.ObligationEntry> obligations,
      String baseUrl,
      Instant now) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Clausewatch//Deadline alerts//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    for (CalendarEntry.DeadlineEntry d : deadlines) {
      VEvent event =
          new VEvent(
              d.dueAt(),
              Duration.ofMinutes(30),
              "["
                  + AlertMessage.marking(d.marking())
                  + "] "
                  + d.title()
                  + " ("
                  + d.contractNumber()
                  + ")");
      event.add(new Uid("deadline-" + d.id() + "@clausewatch"));
      event.replace(new DtStamp(now));
      event.add(
          new Description(
              kindWords(d.kind())
                  + " of contract "
                  + d.contractNumber()
                  + ", stated in "
                  + d.dueZone()
                  + (d.status().equals("OPEN") ? "" : "; " + d.status().toLowerCase())));
      event.add(new Url(java.net.URI.create(contractLink(baseUrl, d.contractNumber()))));
      if (!"OPEN".equals(d.status())) {
        event.add(ImmutableStatus.VEVENT_CANCELLED);
      }
      for (Duration step : d.steps()) {
        if (step.isNegative() || !"OPEN".equals(d.status())) {
          continue;
        }
        VAlarm alarm = new VAlarm(step.negated());
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(AlertMessage.marking(d.marking()) + ": " + d.title()));
        event.add(alarm);
      }
      calendar.add(event);
    }
    for (CalendarEntry.ObligationEntry o : obligations) {
      String summary =
          "[" + AlertMessage.marking(o.marking()) + "] " + o.owingParty() + ": " + o.description();
      VToDo todo =
          o.dueDate() == null
              ? new VToDo(now, summary)
              : new VToDo(o.dueDate(), o.dueDate(), summary);
      todo.add(new Uid("obligation-" + o.id() + "@clausewatch"));
      todo.replace(new DtStamp(now));
      if (o.recurrence() != null) {
        todo.add(new RRule<>(o.recurrence()));
      }
      todo.add(new Url(java.net.URI.create(contractLink(baseUrl, o.contractNumber()))));
      calendar.add(todo);
    }
    return calendar;
  }

  private static String kindWords(String kind) {
    String words = kind.replace('_', ' ').toLowerCase();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String contractLink(String baseUrl, String number) {
    return baseUrl
        + "/contracts/view?number="
        + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8);
  }
}
