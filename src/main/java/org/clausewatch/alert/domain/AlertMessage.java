package org.clausewatch.alert.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;
import org.clausewatch.shared.Classification;

/**
 * The words of an alert e-mail (R7): the marking in the subject and as a banner, the due time in
 * the recipient's zone and in the zone it was stated in, and a link. A contract marked above {@code
 * detailUpTo} gets no title and no detail: only that an item needs attention, and the link.
 */
public record AlertMessage(String subject, String text, String html) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

  public static AlertMessage of(OutgoingMail mail, Classification detailUpTo, String baseUrl) {
    String marking = marking(mail.marking());
    boolean redacted = mail.marking().compareTo(detailUpTo) > 0;
    String link = link(mail.subject(), baseUrl, redacted);
    if (redacted) {
      String subject = "[" + marking + "] Clausewatch: an item needs your attention";
      String text =
          marking
              + "\n\nAn item in Clausewatch needs your attention. Its details stay in the"
              + " application:\n"
              + link
              + "\n\n"
              + marking
              + "\n";
      return new AlertMessage(
          subject,
          text,
          html(
              marking,
              List.of(
                  "An item in Clausewatch needs your attention. Its details stay in the application."),
              link));
    }
    Subject about = mail.subject();
    String headline = headline(mail.kind(), mail.step(), about.kind());
    String subject =
        "[" + marking + "] " + headline + ": " + about.title() + " (" + mail.contractNumber() + ")";
    List<String> lines = new java.util.ArrayList<>();
    lines.add(about.title());
    lines.add("Contract " + mail.contractNumber() + ": " + mail.contractTitle());
    String due = due(about, mail.recipientZone());
    if (!due.isEmpty()) {
      lines.add("Due: " + due);
    }
    if (!mail.missed().isEmpty()) {
      lines.add(
          "Also passed while alerts could not be sent: "
              + String.join(", ", mail.missed().stream().map(AlertLadder::label).toList())
              + ".");
    }
    if (mail.detail() != null && !mail.detail().isBlank()) {
      lines.add(mail.detail());
    }
    String text =
        marking
            + "\n\n"
            + headline
            + "\n\n"
            + String.join("\n", lines)
            + "\n\n"
            + link
            + "\n\n"
            + marking
            + "\n";
    List<String> htmlLines = new java.util.ArrayList<>();
    htmlLines.add(headline);
    htmlLines.addAll(lines);
    return new AlertMessage(subject, text, html(marking, htmlLines, link));
  }

  /**
   * One mail for a day's held alerts (R10): the highest marking among them in the subject and as
   * the banner; each item with its own marking, its details only up to {@code detailUpTo}.
   */
  public static AlertMessage digest(
      List<OutgoingMail> items, ZoneId zone, Classification detailUpTo, String baseUrl) {
    Classification highest =
        items.stream().map(OutgoingMail::marking).max(Classification::compareTo).orElseThrow();
    String marking = marking(highest);
    String subject =
        "["
            + marking
            + "] Clausewatch daily digest: "
            + items.size()
            + (items.size() == 1 ? " alert" : " alerts");
    List<String> lines = new java.util.ArrayList<>();
    for (OutgoingMail m : items) {
      boolean redacted = m.marking().compareTo(detailUpTo) > 0;
      String link = link(m.subject(), baseUrl, redacted);
      if (redacted) {
        lines.add("[" + marking(m.marking()) + "] An item needs your attention: " + link);
      } else {
        lines.add(
            "["
                + marking(m.marking())
                + "] "
                + headline(m.kind(), m.step(), m.subject().kind())
                + ": "
                + m.subject().title()
                + " ("
                + m.contractNumber()
                + ")"
                + (m.subject().dueAt() == null && m.subject().occurrence() == null
                    ? ""
                    : ", due " + due(m.subject(), zone))
                + " "
                + link);
      }
    }
    String text = marking + "\n\n" + String.join("\n\n", lines) + "\n\n" + marking + "\n";
    return new AlertMessage(subject, text, html(marking, lines, baseUrl + "/alerts/notifications"));
  }

  /**
   * Where a mail links to: the deadline's page; for other subjects the contract's page, or the
   * notification centre where the mail may not name the contract.
   */
  private static String link(Subject subject, String baseUrl, boolean redacted) {
    if (subject.isDeadline() || !redacted) {
      return baseUrl + subject.path();
    }
    return baseUrl + "/alerts/notifications";
  }

  /** The due time in the reader's zone and as stated, or the occurrence's date; else empty. */
  private static String due(Subject subject, ZoneId zone) {
    if (subject.dueAt() != null) {
      return zoned(subject.dueAt(), zone)
          + (zone.equals(subject.dueZone())
              ? ""
              : " (stated as " + zoned(subject.dueAt(), subject.dueZone()) + ")");
    }
    return subject.occurrence() == null ? "" : subject.occurrence().toString();
  }

  /** "Ultimatum due in 24 hours", "Deadline extended", "Usage restriction disputed" ... */
  public static String headline(AlertKind kind, Duration step, String subjectKind) {
    String what = "ULTIMATUM".equals(subjectKind) ? "Ultimatum" : "Deadline";
    return switch (kind) {
      case STEP -> {
        if (step.isZero()) {
          yield what + " due now";
        }
        yield step.isNegative()
            ? what + " overdue"
            : what + " due in " + AlertLadder.label(step).replace(" before", "");
      }
      case ENTERED ->
          "New "
              + what.toLowerCase(Locale.ROOT)
              + (step != null && step.isNegative() ? ", already overdue" : "");
      case EXTENDED -> what + " extended";
      case MET -> what + " met";
      case MISSED -> what + " missed";
      case WITHDRAWN -> what + " withdrawn";
      case THREATENED -> "New consequence threatened";
      case ESCALATION -> "Escalated: unacknowledged " + what.toLowerCase(Locale.ROOT) + " alert";
      case DISPUTED -> "Usage restriction disputed";
      case OCCURRENCE_DUE -> "Obligation coming due";
      case OCCURRENCE_OVERDUE -> "Obligation overdue";
      case REPLY -> "New reply on a clause annotation";
      case MENTION -> "You were mentioned on a clause annotation";
    };
  }

  public static String marking(Classification marking) {
    return marking.name().replace('_', ' ');
  }

  private static String zoned(Instant at, ZoneId zone) {
    ZonedDateTime t = at.atZone(zone);
    return WHEN.format(t) + " " + zone.getId();
  }

  private static String html(String marking, List<String> lines, String link) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"en\"><body>")
        .append("<p style=\"background:#fde68a;text-align:center;font-weight:bold\">")
        .append(escape(marking))
        .append("</p>");
    for (String line : lines) {
      html.append("<p>").append(escape(line)).append("</p>");
    }
    html.append("<p><a href=\"")
        .append(escape(link))
        .append("\">Open in Clausewatch</a></p>")
        .append("<p style=\"background:#fde68a;text-align:center;font-weight:bold\">")
        .append(escape(marking))
        .append("</p></body></html>");
    return html.toString();
  }

  private static String escape(String s) {
    return StringEscapeUtils.escapeHtml4(s);
  }
}
