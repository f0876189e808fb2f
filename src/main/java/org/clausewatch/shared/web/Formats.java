package org.clausewatch.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.TimeZone;
import org.clausewatch.shared.Money;

/** Dates, times and durations as pages show them; {@code #{formats.zoned(...)}} in EL. */
@Named
@ApplicationScoped
public class Formats {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter ZONED =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter RECORDED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH);

  @Inject private Clock clock;
  @Inject private Instance<ViewerZone> viewerZone;

  /** "$200,000,000.00" for USD, "EUR 1,000.00" style for others. */
  public String money(Money money) {
    if (money == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
    format.setCurrency(Currency.getInstance(money.currency()));
    return format.format(money.amount());
  }

  /** An amount in its currency, as {@link #money}; "" when there is none. */
  public String amount(java.math.BigDecimal amount, String currency) {
    return amount == null || currency == null ? "" : money(Money.of(amount.abs(), currency));
  }

  /** A change of an amount: "+$10.00" or "−$10.00" in its currency. */
  public String change(java.math.BigDecimal amount, String currency) {
    if (amount == null || currency == null) {
      return "";
    }
    return (amount.signum() < 0 ? "\u2212" : "+") + amount(amount, currency);
  }

  /** Text people wrote, in lines and links, for {@code <cw:text>}. */
  public java.util.List<org.clausewatch.shared.text.PlainText.Part> parts(String text) {
    return org.clausewatch.shared.text.PlainText.parts(text);
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** "Fri 4 Dec 2026, 17:00 EST (America/New_York)": the time as it was stated. */
  public String zoned(ZonedDateTime time) {
    if (time == null) {
      return "";
    }
    return ZONED.format(time) + " " + abbreviation(time) + " (" + time.getZone().getId() + ")";
  }

  /**
   * An instant as {@link #zoned} shows it in {@code zone}: a deadline's times in its stated zone.
   */
  public String inZone(Instant instant, java.time.ZoneId zone) {
    return instant == null || zone == null ? "" : zoned(instant.atZone(zone));
  }

  /**
   * When something was done, to the second, in the viewer's zone (their "Show times in" setting,
   * UTC until they choose one) with its abbreviation: "2026-11-27 12:05:09 EST"; the audit trail
   * records the instant.
   */
  public String recorded(Instant instant) {
    if (instant == null) {
      return "";
    }
    return recorded(instant, viewerZone.isResolvable() ? viewerZone.get().zone() : ZoneOffset.UTC);
  }

  /**
   * "2026-11-27 17:05:09 UTC": the administration pages' times (security events, the outbox,
   * lockouts), in UTC like the server's logs they are read beside, whatever the viewer's zone.
   */
  public String utc(Instant instant) {
    return instant == null ? "" : recorded(instant, ZoneOffset.UTC);
  }

  static String recorded(Instant instant, ZoneId zone) {
    return RECORDED.format(instant.atZone(zone)) + " " + abbreviation(instant.atZone(zone));
  }

  /** "EST", "CET", "UTC": the zone's short name at that moment, summer or not. */
  private static String abbreviation(ZonedDateTime time) {
    boolean summer = time.getZone().getRules().isDaylightSavings(time.toInstant());
    return TimeZone.getTimeZone(time.getZone())
        .getDisplayName(summer, TimeZone.SHORT, Locale.ENGLISH);
  }

  /** ISO-8601 instant for scripts (countdown, viewer's local time). */
  public String iso(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  /** "3 d 4 h 12 min left" or "overdue by 2 h 5 min", from the server's clock. */
  public String remaining(Instant due) {
    if (due == null) {
      return "";
    }
    Duration left = Duration.between(clock.instant(), due);
    String text = duration(left.abs());
    return left.isNegative() ? "overdue by " + text : text + " left";
  }

  static String duration(Duration d) {
    long days = d.toDays();
    long hours = d.toHoursPart();
    long minutes = d.toMinutesPart();
    if (days > 0) {
      return days + " d " + hours + " h " + minutes + " min";
    }
    if (hours > 0) {
      return hours + " h " + minutes + " min";
    }
    return minutes + " min";
  }

  public java.time.Instant now() {
    return clock.instant();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
