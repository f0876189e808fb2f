package org.clausewatch.alert.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * What an alert is about, as mails and the notification centre show it: a deadline (with its due
 * time and the zone it was stated in), a usage restriction, or an obligation's occurrence (a date).
 *
 * @param kind the deadline's kind, or {@code RESTRICTION}, {@code OBLIGATION} or {@code ANNOTATION}
 * @param path the page that shows it, from the application's root
 */
public record Subject(
    long id,
    String kind,
    String title,
    String path,
    Instant dueAt,
    ZoneId dueZone,
    LocalDate occurrence) {

  public static final String RESTRICTION = "RESTRICTION";
  public static final String OBLIGATION = "OBLIGATION";
  public static final String ANNOTATION = "ANNOTATION";

  /** SQL joins from {@code alert_event e} (and {@code contract c}) to every kind of subject. */
  static final String JOINS =
      " left join deadline d on d.id = e.deadline_id"
          + " left join usage_restriction r on r.id = e.restriction_id"
          + " left join obligation o on o.id = e.obligation_id"
          + " left join annotation an on an.id = e.annotation_id"
          + " left join clause acl on acl.id = an.clause_id";

  /** SQL columns read by {@link #read}, seven of them. */
  static final String COLUMNS =
      "coalesce(d.id, r.id, o.id, an.id),"
          + " coalesce(d.kind, case when r.id is not null then 'RESTRICTION'"
          + "   when an.id is not null then 'ANNOTATION' else 'OBLIGATION' end),"
          + " coalesce(d.title, r.restricted_use, o.description,"
          + "   'Clause ' || acl.number || ': \u201c' || left(an.quote_exact, 80)"
          + "   || case when length(an.quote_exact) > 80 then '\u2026' else '' end || '\u201d'),"
          + " case when d.id is not null then '/deadlines/manage?id=' || d.id"
          + "   when an.id is not null then '/clauses/view?contract=' || c.number"
          + "     || '&clause=' || acl.number || '&annotation=' || an.id || '#annotation-' || an.id"
          + "   else '/contracts/view?number=' || c.number end,"
          + " d.due_at, coalesce(d.due_zone, 'UTC'), e.occurrence";

  static Subject read(jakarta.persistence.Tuple t, int first) {
    Object occurrence = t.get(first + 6);
    return new Subject(
        Rows.id(t.get(first)),
        t.get(first + 1, String.class),
        t.get(first + 2, String.class),
        t.get(first + 3, String.class),
        Rows.instant(t.get(first + 4)),
        Rows.zone(t.get(first + 5, String.class)),
        occurrence == null
            ? null
            : occurrence instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) occurrence);
  }

  public boolean isDeadline() {
    return dueAt != null;
  }

  /** The due time as it was stated; null for a subject without one. */
  public ZonedDateTime due() {
    return dueAt == null ? null : dueAt.atZone(dueZone);
  }

  /** The due time in {@code zone} (the reader's); null for a subject without one. */
  public ZonedDateTime dueIn(ZoneId zone) {
    return dueAt == null ? null : dueAt.atZone(zone);
  }
}
