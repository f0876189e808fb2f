package org.clausewatch.alert.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.shared.Classification;

/**
 * What users watch, their alert settings and calendar tokens, and the entries of their calendar
 * feeds. Native SQL that states the clearance condition itself (see {@link AlertRepository}).
 */
@ApplicationScoped
public class WatchRepository {

  private static final String RANK = AlertRepository.CLEARANCE_RANK;

  /** Which deadlines a user is alerted about: the same rule as the fan-out's. */
  private static final String WATCHED_DEADLINE =
      " c.classification_rank <= "
          + RANK
          + " and (d.kind = 'ULTIMATUM' and exists (select 1 from app_user_role r"
          + "        where r.user_id = u.id and r.role = 'MANAGER')"
          + "   or exists (select 1 from alert_subscription s where s.user_id = u.id"
          + "     and (s.contract_id = c.id or s.kind = d.kind or s.party_id in (c.buyer_id,"
          + "       c.vendor_id) or s.party_id in (select p2.party_id from contract_participant p2"
          + "       where p2.contract_id = c.id))))";

  @PersistenceContext private EntityManager em;

  public List<Watch> watchesOf(String username) {
    List<Tuple> rows =
        em.createNativeQuery(
                "select s.id, case when s.contract_id is not null then 'CONTRACT'"
                    + " when s.party_id is not null then 'PARTY' else 'KIND' end,"
                    + " case when s.contract_id is not null then"
                    + "   (case when c.classification_rank <= "
                    + RANK
                    + " then c.number end)"
                    + " when s.party_id is not null then p.name else s.kind end,"
                    + " case when c.classification_rank <= "
                    + RANK
                    + " then c.title end,"
                    + " case when c.classification_rank <= "
                    + RANK
                    + " then c.classification end"
                    + " from alert_subscription s join app_user u on u.id = s.user_id"
                    + " left join contract c on c.id = s.contract_id"
                    + " left join party p on p.id = s.party_id"
                    + " where u.username = :user order by 2, 3 nulls last, s.id",
                Tuple.class)
            .setParameter("user", username)
            .getResultList();
    return rows.stream()
        .map(
            t ->
                new Watch(
                    ((Number) t.get(0)).longValue(),
                    Watch.Target.valueOf(t.get(1, String.class)),
                    t.get(2, String.class),
                    t.get(3, String.class),
                    t.get(4) == null ? null : Classification.valueOf(t.get(4, String.class))))
        .toList();
  }

  /** Watches a contract the user is cleared for; false if there is none by that number. */
  public boolean watchContract(String username, String contractNumber, Instant now) {
    em.createNativeQuery(
            "insert into alert_subscription (id, user_id, contract_id, created_at)"
                + " select nextval('alert_subscription_seq'), u.id, c.id, :now"
                + " from app_user u join contract c on c.number = :number"
                + " and c.classification_rank <= "
                + RANK
                + " where u.username = :user"
                + " on conflict on constraint alert_subscription_once do nothing")
        .setParameter("now", Timestamp.from(now))
        .setParameter("number", contractNumber)
        .setParameter("user", username)
        .executeUpdate();
    return contractWatchOf(username, contractNumber).isPresent();
  }

  /** The user's watch of a contract they are cleared for, if they watch it. */
  public Optional<Long> contractWatchOf(String username, String contractNumber) {
    return firstId(
        em.createNativeQuery(
                "select s.id from alert_subscription s join app_user u on u.id = s.user_id"
                    + " join contract c on c.id = s.contract_id"
                    + " where u.username = :user and c.number = :number"
                    + " and c.classification_rank <= "
                    + RANK)
            .setParameter("user", username)
            .setParameter("number", contractNumber));
  }

  /** The user's watch of a party, by its exact name, if they watch it. */
  public Optional<Long> partyWatchOf(String username, String partyName) {
    return firstId(
        em.createNativeQuery(
                "select s.id from alert_subscription s join app_user u on u.id = s.user_id"
                    + " join party p on p.id = s.party_id"
                    + " where u.username = :user and p.name = :name")
            .setParameter("user", username)
            .setParameter("name", partyName));
  }

  private static Optional<Long> firstId(jakarta.persistence.Query query) {
    return query.getResultStream().findFirst().map(id -> ((Number) id).longValue());
  }

  /** Watches a party by its exact name; false if there is no such party. */
  public boolean watchParty(String username, String partyName, Instant now) {
    Number party =
        (Number)
            em.createNativeQuery("select id from party where name = :name")
                .setParameter("name", partyName)
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (party == null) {
      return false;
    }
    subscribe(username, "party_id", party.longValue(), now);
    return true;
  }

  public void watchKind(String username, DeadlineKind kind, Instant now) {
    subscribe(username, "kind", kind.name(), now);
  }

  /** Adds a watch of {@code target} (a column name of ours, never user input) unless it exists. */
  private void subscribe(String username, String target, Object value, Instant now) {
    em.createNativeQuery(
            "insert into alert_subscription (id, user_id, "
                + target
                + ", created_at) select nextval('alert_subscription_seq'), u.id, :value, :now"
                + " from app_user u where u.username = :user"
                + " on conflict on constraint alert_subscription_once do nothing")
        .setParameter("value", value)
        .setParameter("now", Timestamp.from(now))
        .setParameter("user", username)
        .executeUpdate();
  }

  /** Stops one of the user's own watches; false if it is not theirs. */
  public boolean unwatch(String username, long watchId) {
    return em.createNativeQuery(
                "delete from alert_subscription s using app_user u"
                    + " where s.id = :id and u.id = s.user_id and u.username = :user")
            .setParameter("id", watchId)
            .setParameter("user", username)
            .executeUpdate()
        == 1;
  }

  public AlertPreferences preferencesOf(String username) {
    Tuple t =
        (Tuple)
            em.createNativeQuery(
                    "select coalesce(p.email_enabled, true), coalesce(p.zone, 'UTC'), u.email,"
                        + " p.calendar_token_at, coalesce(p.digest_enabled, false),"
                        + " coalesce(p.digest_at, time '08:00'), p.zone is not null from app_user u"
                        + " left join alert_preference p on p.user_id = u.id"
                        + " where u.username = :user",
                    Tuple.class)
                .setParameter("user", username)
                .getSingleResult();
    return new AlertPreferences(
        Boolean.TRUE.equals(t.get(0)),
        Rows.zone(t.get(1, String.class)),
        t.get(2, String.class),
        Rows.instant(t.get(3)),
        Boolean.TRUE.equals(t.get(4)),
        Rows.localTime(t.get(5)),
        Boolean.TRUE.equals(t.get(6)));
  }

  /**
   * Saves a user's settings. With a digest, {@code nextDigest} is when the next one is due; without
   * one, mail held for a digest is released to be sent one by one at once.
   */
  public void savePreferences(
      String username,
      boolean emailEnabled,
      ZoneId zone,
      boolean digestEnabled,
      java.time.LocalTime digestAt,
      Instant nextDigest,
      Instant now) {
    em.createNativeQuery(
            "insert into alert_preference (user_id, email_enabled, zone, digest_enabled,"
                + " digest_at, next_digest_at)"
                + " select id, :email, :zone, :digest, cast(:at as time), :next from app_user"
                + " where username = :user"
                + " on conflict (user_id) do update set email_enabled = excluded.email_enabled,"
                + " zone = excluded.zone, digest_enabled = excluded.digest_enabled,"
                + " digest_at = excluded.digest_at, next_digest_at = excluded.next_digest_at,"
                + " version = alert_preference.version + 1")
        .setParameter("email", emailEnabled)
        .setParameter("zone", zone.getId())
        .setParameter("digest", digestEnabled)
        .setParameter("at", digestAt.toString())
        .setParameter("next", nextDigest == null ? null : Timestamp.from(nextDigest))
        .setParameter("user", username)
        .executeUpdate();
    if (!digestEnabled) {
      em.createNativeQuery(
              "update alert_delivery x set status = 'PENDING', next_attempt_at = :now"
                  + " from app_user u where u.id = x.recipient_id and u.username = :user"
                  + " and x.status = 'HELD'")
          .setParameter("now", Timestamp.from(now))
          .setParameter("user", username)
          .executeUpdate();
    }
  }

  /** Stores the SHA-256 of a new calendar token (the old one stops working), or none. */
  public void replaceCalendarToken(String username, String tokenHash, Instant now) {
    em.createNativeQuery(
            "insert into alert_preference (user_id, calendar_token_hash, calendar_token_at)"
                + " select id, :hash, :now from app_user where username = :user"
                + " on conflict (user_id) do update set calendar_token_hash = excluded"
                + ".calendar_token_hash, calendar_token_at = excluded.calendar_token_at,"
                + " version = alert_preference.version + 1")
        .setParameter("hash", tokenHash)
        .setParameter("now", now == null ? null : Timestamp.from(now))
        .setParameter("user", username)
        .executeUpdate();
  }

  /** The enabled user whose calendar token hashes to {@code tokenHash}. */
  public Optional<String> userWithCalendarToken(String tokenHash) {
    return em.createNativeQuery(
            "select u.username from alert_preference p join app_user u on u.id = p.user_id"
                + " where p.calendar_token_hash = :hash and u.enabled")
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst()
        .map(String.class::cast);
  }

  /** The deadlines a user is alerted about, due from {@code from} to {@code to}. */
  public List<CalendarEntry.DeadlineEntry> calendarDeadlines(
      String username, Instant from, Instant to, int max) {
    List<Tuple> rows =
        em.createNativeQuery(
                "select d.id, d.title, d.kind, d.status, d.due_at, d.due_zone, c.number,"
                    + " c.classification, "
                    + Rows.stepsColumn("coalesce(a.steps, l.steps)")
                    + " from app_user u join deadline d on d.due_at between :from and :to"
                    + " join contract c on c.id = d.contract_id"
                    + " join alert_ladder l on l.kind = d.kind"
                    + " left join deadline_alert a on a.deadline_id = d.id"
                    + " where u.username = :user and u.enabled and"
                    + WATCHED_DEADLINE
                    + " order by d.due_at, d.id limit :max",
                Tuple.class)
            .setParameter("from", Timestamp.from(from))
            .setParameter("to", Timestamp.from(to))
            .setParameter("user", username)
            .setParameter("max", max)
            .getResultList();
    List<CalendarEntry.DeadlineEntry> entries = new ArrayList<>();
    for (Tuple t : rows) {
      entries.add(
          new CalendarEntry.DeadlineEntry(
              ((Number) t.get(0)).longValue(),
              t.get(1, String.class),
              t.get(2, String.class),
              t.get(3, String.class),
              Rows.instant(t.get(4)),
              t.get(5, String.class),
              t.get(6, String.class),
              Classification.valueOf(t.get(7, String.class)),
              Rows.steps(t.get(8, String.class))));
    }
    return entries;
  }

  /** Open obligations of the contracts and parties a user watches. */
  public List<CalendarEntry.ObligationEntry> calendarObligations(String username, int max) {
    List<Tuple> rows =
        em.createNativeQuery(
                "select o.id, o.description, p.name, o.due_date, o.recurrence, c.number,"
                    + " c.classification"
                    + " from app_user u join alert_subscription s on s.user_id = u.id"
                    + " join contract c on (c.id = s.contract_id or s.party_id in (c.buyer_id,"
                    + "   c.vendor_id))"
                    + " join obligation o on o.contract_id = c.id and o.status = 'OPEN'"
                    + " join party p on p.id = o.owing_party_id"
                    + " where u.username = :user and u.enabled and c.classification_rank <= "
                    + RANK
                    + " group by o.id, p.name, c.number, c.classification"
                    + " order by o.id limit :max",
                Tuple.class)
            .setParameter("user", username)
            .setParameter("max", max)
            .getResultList();
    List<CalendarEntry.ObligationEntry> entries = new ArrayList<>();
    for (Tuple t : rows) {
      Object date = t.get(3);
      entries.add(
          new CalendarEntry.ObligationEntry(
              ((Number) t.get(0)).longValue(),
              t.get(1, String.class),
              t.get(2, String.class),
              date == null
                  ? null
                  : date instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) date,
              t.get(4, String.class),
              t.get(5, String.class),
              Classification.valueOf(t.get(6, String.class))));
    }
    return entries;
  }
}
