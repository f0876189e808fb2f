package org.clausewatch.alert.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clausewatch.deadline.domain.DeadlineKind;
import org.clausewatch.shared.Classification;

/**
 * Set-based SQL for deciding, fanning out and delivering alerts (V13). Claims lock rows with {@code
 * FOR UPDATE SKIP LOCKED}, so schedulers on several servers share the work; decisions insert with
 * {@code ON CONFLICT DO NOTHING} against the tables' unique keys, so a second decision of the same
 * step is impossible (R4). Reads for users take the caller's clearance rank: native SQL does not go
 * through the clearance filter, so every such query states the condition itself.
 */
@ApplicationScoped
public class AlertRepository {

  /** A user's clearance as a rank comparable to {@code contract.classification_rank}. */
  static final String CLEARANCE_RANK =
      "(array_position(array['UNCLASSIFIED','CUI','SECRET','TOP_SECRET']::text[], u.clearance) - 1)";

  @PersistenceContext private EntityManager em;

  /**
   * Open deadlines whose next step has fallen by {@code now}, locked for this transaction, with
   * their ladders moved past {@code now} in the same statement (the trigger plans the next step);
   * each comes with the time its steps had been decided until before.
   */
  public List<DueDeadline> claimDue(Instant now, int max) {
    List<Tuple> rows =
        em.createNativeQuery(
                "with c as (select a.deadline_id, d.kind, d.due_at, d.due_zone, "
                    + Rows.stepsColumn("coalesce(a.steps, l.steps)")
                    + " as steps, a.decided_until"
                    + " from deadline_alert a join deadline d on d.id = a.deadline_id"
                    + " join alert_ladder l on l.kind = d.kind"
                    + " where a.next_alert_at <= :now order by a.next_alert_at limit :max"
                    + " for update of a skip locked),"
                    + " moved as (update deadline_alert a set decided_until ="
                    + " greatest(a.decided_until, :now), version = a.version + 1 from c"
                    + " where a.deadline_id = c.deadline_id)"
                    + " select deadline_id, kind, due_at, steps, decided_until, due_zone from c",
                Tuple.class)
            .setParameter("now", Timestamp.from(now))
            .setParameter("max", max)
            .getResultList();
    List<DueDeadline> due = new ArrayList<>();
    for (Tuple t : rows) {
      List<Duration> steps = Rows.steps(t.get(3, String.class));
      due.add(
          new DueDeadline(
              ((Number) t.get(0)).longValue(),
              DeadlineKind.valueOf(t.get(1, String.class)),
              Rows.instant(t.get(2)),
              Rows.zone(t.get(5, String.class)),
              new AlertLadder(steps),
              Rows.instant(t.get(4))));
    }
    return due;
  }

  /**
   * Records the fallen steps of claimed deadlines, each once (a second decision of the same step
   * and due time inserts nothing): one statement for the whole batch.
   *
   * @param decisions by deadline id
   * @param escalateAt when unacknowledged ultimatum alerts escalate
   * @return how many steps this call decided
   */
  public int decideSteps(
      java.util.Map<Long, AlertLadder.Decision> decisions,
      Instant now,
      Instant escalateAt,
      String by) {
    int inserted = 0;
    if (!decisions.isEmpty()) {
      List<Long> ids = new ArrayList<>(decisions.keySet());
      inserted =
          em.createNativeQuery(
                  "insert into alert_event (kind, deadline_id, contract_id, step, due_at,"
                      + " occurred_at, missed_steps, decided_by, escalate_at)"
                      + " select 'STEP', d.id, d.contract_id, make_interval(secs => v.step),"
                      + " d.due_at, :now, nullif(array(select make_interval(secs => m::bigint)"
                      + "   from unnest(string_to_array(v.missed, ',')) m), '{}'), :by,"
                      + " case when d.kind = 'ULTIMATUM' then cast(:escalate as timestamptz) end"
                      + " from unnest(cast(:ids as bigint[]), cast(:steps as bigint[]),"
                      + "   cast(:missed as text[])) v(id, step, missed)"
                      + " join deadline d on d.id = v.id"
                      + " on conflict on constraint alert_event_once do nothing")
              .setParameter("now", Timestamp.from(now))
              .setParameter("by", by)
              .setParameter("escalate", Timestamp.from(escalateAt))
              .setParameter("ids", arrayLiteral(ids.stream().map(String::valueOf).toList()))
              .setParameter(
                  "steps",
                  arrayLiteral(
                      ids.stream()
                          .map(id -> String.valueOf(decisions.get(id).step().toSeconds()))
                          .toList()))
              .setParameter(
                  "missed",
                  arrayLiteral(
                      ids.stream()
                          .map(
                              id ->
                                  "\""
                                      + String.join(
                                          ",",
                                          decisions.get(id).missed().stream()
                                              .map(m -> String.valueOf(m.toSeconds()))
                                              .toList())
                                      + "\"")
                          .toList()))
              .executeUpdate();
    }
    return inserted;
  }

  private static String arrayLiteral(List<String> elements) {
    return "{" + String.join(",", elements) + "}";
  }

  /**
   * Records something that happened to a deadline (once per kind and due time).
   *
   * @param step for a deadline entered after its due time, how long past it (negative); else null
   */
  public void decideChange(
      long deadlineId,
      AlertKind kind,
      Instant dueAt,
      Instant at,
      String by,
      String detail,
      Instant escalateAt,
      Long subjectVersion,
      Duration step) {
    em.createNativeQuery(
            "insert into alert_event (kind, deadline_id, contract_id, step, due_at, occurred_at,"
                + " decided_by, detail, escalate_at, subject_version)"
                + " select :kind, d.id, d.contract_id, cast(:step as bigint) * interval '1 second',"
                + " :due, :at, :by, :detail, :escalate, cast(:version as bigint)"
                + " from deadline d where d.id = :id"
                + " on conflict on constraint alert_event_once do nothing")
        .setParameter("version", subjectVersion)
        .setParameter("step", step == null ? null : step.toSeconds())
        .setParameter("kind", kind.name())
        .setParameter("due", Timestamp.from(dueAt))
        .setParameter("at", Timestamp.from(at))
        .setParameter("by", by)
        .setParameter("detail", detail)
        .setParameter("escalate", escalateAt == null ? null : Timestamp.from(escalateAt))
        .setParameter("id", deadlineId)
        .executeUpdate();
  }

  /** Records that a dispute over a usage restriction was opened (once per dispute). */
  public void decideDispute(long restrictionId, long disputeId, Instant at, String by) {
    em.createNativeQuery(
            "insert into alert_event (kind, restriction_id, contract_id, subject_version,"
                + " occurred_at, decided_by)"
                + " select 'DISPUTED', r.id, r.contract_id, :version, :at, :by"
                + " from usage_restriction r where r.id = :id and r.contract_id is not null"
                + " on conflict on constraint alert_event_once do nothing")
        .setParameter("version", disputeId)
        .setParameter("at", Timestamp.from(at))
        .setParameter("by", by)
        .setParameter("id", restrictionId)
        .executeUpdate();
  }

  /**
   * Records the alerts a new annotation or reply raises, two statements: a reply goes to the
   * thread's people (the annotation's author and earlier repliers), a mention to each colleague
   * named who may work on clauses (a contract role) and is not told of the reply already. Never to
   * its own author; a name that is no user is ignored. Clearance and a disabled account are checked
   * when the events are fanned out.
   *
   * @param replyId the reply, or null for the annotation itself
   */
  public void decideAnnotation(
      long annotationId,
      Long replyId,
      java.util.Set<String> mentioned,
      String excerpt,
      Instant at,
      String by) {
    em.flush();
    long version = replyId == null ? 0 : replyId;
    if (replyId != null) {
      em.createNativeQuery(
              "insert into alert_event (kind, annotation_id, contract_id, subject_version,"
                  + " recipient_id, occurred_at, decided_by, detail)"
                  + " select 'REPLY', a.id, a.contract_id, :version, u.id, :at, :by, :detail"
                  + " from annotation a join app_user u on u.username = a.author"
                  + "   or u.username in (select r.author from annotation_reply r"
                  + "                     where r.annotation_id = a.id)"
                  + " where a.id = :id and u.username <> :by"
                  + " on conflict on constraint alert_event_once do nothing")
          .setParameter("version", version)
          .setParameter("at", Timestamp.from(at))
          .setParameter("by", by)
          .setParameter("detail", by + " replied: " + excerpt)
          .setParameter("id", annotationId)
          .executeUpdate();
    }
    if (!mentioned.isEmpty()) {
      em.createNativeQuery(
              "insert into alert_event (kind, annotation_id, contract_id, subject_version,"
                  + " recipient_id, occurred_at, decided_by, detail)"
                  + " select 'MENTION', a.id, a.contract_id, :version, u.id, :at, :by, :detail"
                  + " from annotation a join app_user u"
                  + "   on u.username = any(cast(:names as text[]))"
                  + " where a.id = :id and u.username <> :by"
                  + " and exists (select 1 from app_user_role ur where ur.user_id = u.id"
                  + "   and ur.role in ('CONTRACTING_OFFICER', 'LEGAL', 'MANAGER'))"
                  + " and not exists (select 1 from alert_event x where x.annotation_id = a.id"
                  + "   and x.kind = 'REPLY' and x.subject_version = :version"
                  + "   and x.recipient_id = u.id)"
                  + " on conflict on constraint alert_event_once do nothing")
          .setParameter("version", version)
          .setParameter("at", Timestamp.from(at))
          .setParameter("by", by)
          .setParameter("detail", by + " wrote: " + excerpt)
          .setParameter("id", annotationId)
          .setParameter(
              "names", arrayLiteral(mentioned.stream().map(n -> "\"" + n + "\"").toList()))
          .executeUpdate();
    }
  }

  /**
   * Plans an obligation afresh at the next pass (it was created or changed, or an occurrence
   * settled). Alert times after {@code undecidedFrom} (at most {@code now}) count as not yet
   * decided; an earlier decision is never moved forward.
   */
  public void replanObligation(long obligationId, Instant now, Instant undecidedFrom) {
    Instant from = undecidedFrom.isAfter(now) ? now : undecidedFrom;
    em.createNativeQuery(
            "insert into obligation_alert (obligation_id, decided_until, next_alert_at)"
                + " values (:id, :from, :now) on conflict (obligation_id)"
                + " do update set next_alert_at = excluded.next_alert_at,"
                + " decided_until = least(obligation_alert.decided_until, excluded.decided_until)")
        .setParameter("id", obligationId)
        .setParameter("from", Timestamp.from(from))
        .setParameter("now", Timestamp.from(now))
        .executeUpdate();
  }

  /** Obligations whose next alert time has come, locked, with their settled occurrences. */
  public List<DueObligation> claimObligations(Instant now, int max) {
    List<Tuple> rows =
        em.createNativeQuery(
                "select o.id, o.status = 'OPEN', o.due_date, o.recurrence,"
                    + " array_to_string(array(select oc.due_date::text from obligation_occurrence"
                    + " oc where oc.obligation_id = o.id), ','), a.decided_until"
                    + " from obligation_alert a join obligation o on o.id = a.obligation_id"
                    + " where a.next_alert_at <= :now order by a.next_alert_at limit :max"
                    + " for update of a skip locked",
                Tuple.class)
            .setParameter("now", Timestamp.from(now))
            .setParameter("max", max)
            .getResultList();
    List<DueObligation> due = new ArrayList<>();
    for (Tuple t : rows) {
      Object start = t.get(2);
      String settled = t.get(4, String.class);
      due.add(
          new DueObligation(
              Rows.id(t.get(0)),
              Boolean.TRUE.equals(t.get(1)),
              start == null
                  ? null
                  : start instanceof java.sql.Date d
                      ? d.toLocalDate()
                      : (java.time.LocalDate) start,
              t.get(3, String.class),
              settled == null || settled.isEmpty()
                  ? java.util.Set.of()
                  : java.util.Arrays.stream(settled.split(","))
                      .map(java.time.LocalDate::parse)
                      .collect(java.util.stream.Collectors.toSet()),
              Rows.instant(t.get(5))));
    }
    return due;
  }

  /**
   * Records occurrence alerts (once per obligation, date and kind) and each claimed obligation's
   * next alert time (null: none): two statements for the batch.
   */
  public void decideOccurrences(
      List<Long> claimed,
      List<Instant> next,
      List<Long> ids,
      List<java.time.LocalDate> dates,
      List<AlertKind> kinds,
      List<String> details,
      Instant now,
      String by) {
    if (!ids.isEmpty()) {
      em.createNativeQuery(
              "insert into alert_event (kind, obligation_id, contract_id, occurrence, occurred_at,"
                  + " decided_by, detail)"
                  + " select v.kind, o.id, o.contract_id, v.occurrence, :now, :by,"
                  + " nullif(v.detail, '')"
                  + " from unnest(cast(:ids as bigint[]), cast(:dates as date[]),"
                  + " cast(:kinds as text[]), cast(:details as text[]))"
                  + " v(id, occurrence, kind, detail) join obligation o on o.id = v.id"
                  + " on conflict on constraint alert_event_once do nothing")
          .setParameter("now", Timestamp.from(now))
          .setParameter("by", by)
          .setParameter("ids", arrayLiteral(ids.stream().map(String::valueOf).toList()))
          .setParameter("dates", arrayLiteral(dates.stream().map(String::valueOf).toList()))
          .setParameter("kinds", arrayLiteral(kinds.stream().map(Enum::name).toList()))
          .setParameter(
              "details", arrayLiteral(details.stream().map(d -> "\"" + d + "\"").toList()))
          .executeUpdate();
    }
    em.createNativeQuery(
            "update obligation_alert a set decided_until = :now, next_alert_at = v.next"
                + " from unnest(cast(:ids as bigint[]), cast(:nexts as timestamptz[])) v(id, next)"
                + " where a.obligation_id = v.id")
        .setParameter("now", Timestamp.from(now))
        .setParameter("ids", arrayLiteral(claimed.stream().map(String::valueOf).toList()))
        .setParameter(
            "nexts",
            arrayLiteral(next.stream().map(t -> t == null ? "NULL" : "\"" + t + "\"").toList()))
        .executeUpdate();
  }

  /**
   * Fans up to {@code max} decided events out to their recipients (R5), in one statement: claims
   * events not yet fanned out, writes one delivery per recipient and channel for each, and marks
   * them fanned out. Recipients: the one named by the event (a reply or a mention), else
   * subscribers of the contract, of a party to it, or of the deadline's kind; every manager for
   * ultimatums and escalations. Only enabled users cleared for the contract; e-mail only to those
   * with an address who did not turn it off (held for the digest of those who chose one). In-app
   * deliveries are delivered as written.
   */
  public FanOut fanOut(Instant now, int max) {
    Tuple t =
        (Tuple)
            em.createNativeQuery(
                    "with claimed as (select id from alert_event where fanned_out_at is null"
                        + " order by id limit :max for update skip locked),"
                        + " marked as (update alert_event e set fanned_out_at = :now"
                        + " from claimed k where e.id = k.id),"
                        + " written as (insert into alert_delivery (event_id, recipient_id,"
                        + " channel, status, next_attempt_at, created_at, sent_at)"
                        + " select e.id, u.id, ch.channel,"
                        + " case when ch.channel = 'IN_APP' then 'SENT'"
                        + "   when coalesce(p.digest_enabled, false) then 'HELD' else 'PENDING' end,"
                        + " case when ch.channel = 'EMAIL' and not coalesce(p.digest_enabled, false)"
                        + "   then cast(:now as timestamptz) end, :now,"
                        + " case ch.channel when 'IN_APP' then cast(:now as timestamptz) end"
                        + " from claimed k join alert_event e on e.id = k.id"
                        + " left join deadline d on d.id = e.deadline_id"
                        + " join contract c on c.id = e.contract_id"
                        + " join app_user u on u.enabled and "
                        + CLEARANCE_RANK
                        + " >= c.classification_rank"
                        + " left join alert_preference p on p.user_id = u.id"
                        + " cross join (values ('IN_APP'), ('EMAIL')) ch(channel)"
                        + " where (ch.channel = 'IN_APP'"
                        + "   or (coalesce(p.email_enabled, true) and u.email is not null))"
                        + " and (e.recipient_id = u.id"
                        + "   or e.recipient_id is null and ((e.kind = 'ESCALATION'"
                        + "       or d.kind = 'ULTIMATUM')"
                        + "       and exists (select 1 from app_user_role r"
                        + "                   where r.user_id = u.id and r.role = 'MANAGER')"
                        + "   or e.kind <> 'ESCALATION' and exists (select 1 from alert_subscription s"
                        + "     where s.user_id = u.id and (s.contract_id = c.id or s.kind = d.kind"
                        + "       or s.party_id in (c.buyer_id, c.vendor_id)"
                        + "       or s.party_id in (select p2.party_id from contract_participant p2"
                        + "                         where p2.contract_id = c.id)))))"
                        + " on conflict on constraint alert_delivery_once do nothing"
                        + " returning recipient_id, channel)"
                        + " select (select count(*) from claimed),"
                        + " (select string_agg(distinct u.username, ',') from written w"
                        + "  join app_user u on u.id = w.recipient_id where w.channel = 'IN_APP')",
                    Tuple.class)
                .setParameter("max", max)
                .setParameter("now", Timestamp.from(now))
                .getSingleResult();
    String users = t.get(1, String.class);
    return new FanOut(
        ((Number) t.get(0)).intValue(), users == null ? List.of() : List.of(users.split(",")));
  }

  /** What a fan-out did: events claimed, and users with new in-app notifications. */
  public record FanOut(int claimed, List<String> notifiedUsers) {}

  /**
   * Escalates ultimatum alerts that nobody acknowledged by their escalation time while the
   * ultimatum is still open: one escalation event each, fanned out to every cleared manager.
   *
   * @return how many were escalated
   */
  public int escalate(Instant now, int max, String by) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select e.id from alert_event e join deadline d on d.id = e.deadline_id"
                    + " where e.escalate_at <= :now and e.escalated_at is null"
                    + " and e.acknowledged_at is null and d.status = 'OPEN'"
                    + " order by e.escalate_at limit :max for update of e skip locked")
            .setParameter("now", Timestamp.from(now))
            .setParameter("max", max)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    List<Long> array = ids.stream().map(Number::longValue).toList();
    em.createNativeQuery(
            "insert into alert_event (kind, deadline_id, contract_id, step, due_at, occurred_at,"
                + " decided_by, detail)"
                + " select 'ESCALATION', e.deadline_id, e.contract_id, e.step, e.due_at, :now, :by,"
                + " 'Nobody acknowledged the alert of ' || to_char(e.occurred_at at time zone 'UTC',"
                + " 'YYYY-MM-DD HH24:MI') || ' UTC'"
                + " from alert_event e where e.id  in (:ids)"
                + " on conflict on constraint alert_event_once do nothing")
        .setParameter("now", Timestamp.from(now))
        .setParameter("by", by)
        .setParameter("ids", array)
        .executeUpdate();
    em.createNativeQuery("update alert_event set escalated_at = :now where id  in (:ids)")
        .setParameter("now", Timestamp.from(now))
        .setParameter("ids", array)
        .executeUpdate();
    return array.size();
  }

  /** Mail deliveries with what their message says (the WHERE clause follows). */
  private static final String MAIL =
      "select x.id, x.attempts, e.kind, extract(epoch from e.step)::bigint, "
          + Rows.stepsColumn("e.missed_steps")
          + ", e.detail, "
          + Subject.COLUMNS
          + ", c.number, c.title,"
          + " c.classification, u.email, u.display_name, coalesce(p.zone, 'UTC'),"
          + " (u.enabled and "
          + CLEARANCE_RANK
          + " >= c.classification_rank)"
          + " from alert_delivery x join alert_event e on e.id = x.event_id"
          + " join contract c on c.id = e.contract_id"
          + Subject.JOINS
          + " join app_user u on u.id = x.recipient_id"
          + " left join alert_preference p on p.user_id = u.id";

  /** E-mail deliveries due for an attempt, locked, with what the message says. */
  public List<OutgoingMail> claimMail(Instant now, int max) {
    return mails(
        em.createNativeQuery(
                MAIL
                    + " where x.status = 'PENDING' and x.next_attempt_at <= :now"
                    + " order by x.next_attempt_at, x.id limit :max for update of x skip locked",
                Tuple.class)
            .setParameter("now", Timestamp.from(now))
            .setParameter("max", max));
  }

  /** The mail held for a user's digest, oldest first, locked. */
  public List<OutgoingMail> heldFor(long userId, int max) {
    return mails(
        em.createNativeQuery(
                MAIL
                    + " where x.status = 'HELD' and x.recipient_id = :user"
                    + " order by x.created_at, x.id limit :max for update of x",
                Tuple.class)
            .setParameter("user", userId)
            .setParameter("max", max));
  }

  private static List<OutgoingMail> mails(jakarta.persistence.Query query) {
    List<OutgoingMail> mails = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Tuple t = (Tuple) row;
      mails.add(
          new OutgoingMail(
              Rows.id(t.get(0)),
              ((Number) t.get(1)).intValue(),
              AlertKind.valueOf(t.get(2, String.class)),
              Rows.seconds(t.get(3)),
              Rows.steps(t.get(4, String.class)),
              t.get(5, String.class),
              Subject.read(t, 6),
              t.get(13, String.class),
              t.get(14, String.class),
              Classification.valueOf(t.get(15, String.class)),
              t.get(16, String.class),
              t.get(17, String.class),
              Rows.zone(t.get(18, String.class)),
              Boolean.TRUE.equals(t.get(19))));
    }
    return mails;
  }

  /** Users whose daily digest is due, locked. */
  public List<DigestRecipient> claimDigests(Instant now, int max) {
    List<Tuple> rows =
        em.createNativeQuery(
                "select p.user_id, u.email, p.zone, p.digest_at from alert_preference p"
                    + " join app_user u on u.id = p.user_id"
                    + " where p.digest_enabled and p.next_digest_at <= :now"
                    + " order by p.next_digest_at limit :max for update of p skip locked",
                Tuple.class)
            .setParameter("now", Timestamp.from(now))
            .setParameter("max", max)
            .getResultList();
    return rows.stream()
        .map(
            t ->
                new DigestRecipient(
                    Rows.id(t.get(0)),
                    t.get(1, String.class),
                    Rows.zone(t.get(2, String.class)),
                    Rows.localTime(t.get(3))))
        .toList();
  }

  /** When the user's next digest is due (after one was sent, or a failed attempt). */
  public void planDigest(long userId, Instant next) {
    em.createNativeQuery("update alert_preference set next_digest_at = :next where user_id = :id")
        .setParameter("next", Timestamp.from(next))
        .setParameter("id", userId)
        .executeUpdate();
  }

  public void markSent(long deliveryId, Instant at) {
    em.createNativeQuery(
            "update alert_delivery set status = 'SENT', sent_at = :at, attempts = attempts + 1,"
                + " next_attempt_at = null, last_error = null where id = :id")
        .setParameter("at", Timestamp.from(at))
        .setParameter("id", deliveryId)
        .executeUpdate();
  }

  public void markWithheld(long deliveryId) {
    em.createNativeQuery(
            "update alert_delivery set status = 'WITHHELD', next_attempt_at = null where id = :id")
        .setParameter("id", deliveryId)
        .executeUpdate();
  }

  /** A failed attempt: tried again at {@code next}, or given up when {@code next} is null. */
  public void markAttemptFailed(long deliveryId, Instant next, String error) {
    em.createNativeQuery(
            "update alert_delivery set attempts = attempts + 1, last_error = left(:error, 1000),"
                + " status = case when cast(:next as timestamptz) is null then 'FAILED'"
                + " else 'PENDING' end, next_attempt_at = :next where id = :id")
        .setParameter("error", error)
        .setParameter("next", next == null ? null : Timestamp.from(next))
        .setParameter("id", deliveryId)
        .executeUpdate();
  }

  /** A deadline's ladder and next alert time; empty if it has no alert row. */
  public java.util.Optional<LadderView> ladderOf(long deadlineId) {
    List<Tuple> rows =
        em.createNativeQuery(
                "select "
                    + Rows.stepsColumn("coalesce(a.steps, l.steps)")
                    + ", a.steps is not null, a.next_alert_at"
                    + " from deadline_alert a join deadline d on d.id = a.deadline_id"
                    + " join alert_ladder l on l.kind = d.kind where a.deadline_id = :id",
                Tuple.class)
            .setParameter("id", deadlineId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            t ->
                new LadderView(
                    new AlertLadder(Rows.steps(t.get(0, String.class))),
                    Boolean.TRUE.equals(t.get(1)),
                    Rows.instant(t.get(2))));
  }

  /** Gives a deadline its own steps, or its kind's again ({@code null}); the trigger re-plans. */
  public void setLadder(long deadlineId, AlertLadder ladder) {
    em.createNativeQuery(
            "update deadline_alert set steps = cast(:steps as interval[]), version = version + 1"
                + " where deadline_id = :id")
        .setParameter("steps", ladder == null ? null : intervals(ladder.steps()))
        .setParameter("id", deadlineId)
        .executeUpdate();
  }

  // ------------------------------------------------------------------ notification centre

  private static final String INBOX =
      "select x.id, e.id, e.kind, extract(epoch from e.step)::bigint, e.detail, x.created_at,"
          + " x.read_at, e.acknowledged_at, e.acknowledged_by,"
          + " (e.escalate_at is not null or e.kind = 'ESCALATION') and d.status = 'OPEN', "
          + Subject.COLUMNS
          + ", c.number, c.classification"
          + " from alert_delivery x join app_user u on u.id = x.recipient_id"
          + " join alert_event e on e.id = x.event_id join contract c on c.id = e.contract_id"
          + Subject.JOINS
          + " where u.username = :user and x.channel = 'IN_APP'"
          + " and c.classification_rank <= :rank";

  /** A user's in-app notifications, newest first, of contracts they are cleared for now. */
  public List<NotificationLine> inbox(
      String username, int clearanceRank, boolean unreadOnly, int offset, int max) {
    List<Tuple> rows =
        em.createNativeQuery(
                INBOX
                    + (unreadOnly ? " and x.read_at is null" : "")
                    + " order by x.created_at desc, x.id desc offset :offset limit :max",
                Tuple.class)
            .setParameter("user", username)
            .setParameter("rank", clearanceRank)
            .setParameter("offset", offset)
            .setParameter("max", max)
            .getResultList();
    List<NotificationLine> lines = new ArrayList<>();
    for (Tuple t : rows) {
      Number step = (Number) t.get(3);
      lines.add(
          new NotificationLine(
              ((Number) t.get(0)).longValue(),
              ((Number) t.get(1)).longValue(),
              AlertKind.valueOf(t.get(2, String.class)),
              step == null ? null : Duration.ofSeconds(step.longValue()),
              t.get(4, String.class),
              Rows.instant(t.get(5)),
              Rows.instant(t.get(6)),
              Rows.instant(t.get(7)),
              t.get(8, String.class),
              Boolean.TRUE.equals(t.get(9)),
              Subject.read(t, 10),
              t.get(17, String.class),
              Classification.valueOf(t.get(18, String.class))));
    }
    return lines;
  }

  /** How many of the user's notifications are unread (same rows as {@link #inbox}). */
  public long unread(String username, int clearanceRank) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from alert_delivery x join app_user u on u.id = x.recipient_id"
                        + " join alert_event e on e.id = x.event_id"
                        + " join contract c on c.id = e.contract_id"
                        + " where u.username = :user and x.channel = 'IN_APP'"
                        + " and x.read_at is null and c.classification_rank <= :rank")
                .setParameter("user", username)
                .setParameter("rank", clearanceRank)
                .getSingleResult())
        .longValue();
  }

  /** Marks the user's own notification read; false if it is not theirs (or not visible). */
  public boolean markRead(long deliveryId, String username, int clearanceRank, Instant at) {
    return em.createNativeQuery(
                "update alert_delivery x set read_at = coalesce(x.read_at, :at)"
                    + " from app_user u, alert_event e, contract c"
                    + " where x.id = :id and u.id = x.recipient_id and u.username = :user"
                    + " and x.channel = 'IN_APP' and e.id = x.event_id and c.id = e.contract_id"
                    + " and c.classification_rank <= :rank")
            .setParameter("at", Timestamp.from(at))
            .setParameter("id", deliveryId)
            .setParameter("user", username)
            .setParameter("rank", clearanceRank)
            .executeUpdate()
        == 1;
  }

  public int markAllRead(String username, int clearanceRank, Instant at) {
    return em.createNativeQuery(
            "update alert_delivery x set read_at = :at from app_user u, alert_event e, contract c"
                + " where u.id = x.recipient_id and u.username = :user and x.channel = 'IN_APP'"
                + " and x.read_at is null and e.id = x.event_id and c.id = e.contract_id"
                + " and c.classification_rank <= :rank")
        .setParameter("at", Timestamp.from(at))
        .setParameter("user", username)
        .setParameter("rank", clearanceRank)
        .executeUpdate();
  }

  /**
   * Acknowledges the alert behind the user's notification (it stops that alert's escalation, for
   * everybody) and marks it read; false if the notification is not theirs or not visible.
   */
  public boolean acknowledge(long deliveryId, String username, int clearanceRank, Instant at) {
    if (!markRead(deliveryId, username, clearanceRank, at)) {
      return false;
    }
    em.createNativeQuery(
            "update alert_event e set acknowledged_at = :at, acknowledged_by = :user"
                + " from alert_delivery x where x.id = :id and x.event_id = e.id"
                + " and e.acknowledged_at is null")
        .setParameter("at", Timestamp.from(at))
        .setParameter("user", username)
        .setParameter("id", deliveryId)
        .executeUpdate();
    return true;
  }

  // ------------------------------------------------------------------ outbox (administrators)

  /**
   * E-mail deliveries not sent, newest first: failed and waiting ones, or all of them. Contract and
   * deadline titles only where the administrator is cleared for the contract.
   */
  public List<OutboxLine> outbox(boolean problemsOnly, int clearanceRank, int offset, int max) {
    List<Tuple> rows =
        em.createNativeQuery(
                "select x.id, u.username, e.kind,"
                    + " case when c.classification_rank <= :rank then c.number end,"
                    + " case when c.classification_rank <= :rank then"
                    + " coalesce(d.title, r.restricted_use, o.description) end,"
                    + " x.status, x.attempts, x.created_at, x.next_attempt_at, x.sent_at,"
                    + " x.last_error"
                    + " from alert_delivery x join app_user u on u.id = x.recipient_id"
                    + " join alert_event e on e.id = x.event_id"
                    + " join contract c on c.id = e.contract_id"
                    + Subject.JOINS
                    + " where x.channel = 'EMAIL'"
                    + (problemsOnly ? " and x.status in ('FAILED', 'PENDING')" : "")
                    + " order by x.created_at desc, x.id desc offset :offset limit :max",
                Tuple.class)
            .setParameter("rank", clearanceRank)
            .setParameter("offset", offset)
            .setParameter("max", max)
            .getResultList();
    List<OutboxLine> lines = new ArrayList<>();
    for (Tuple t : rows) {
      lines.add(
          new OutboxLine(
              ((Number) t.get(0)).longValue(),
              t.get(1, String.class),
              AlertKind.valueOf(t.get(2, String.class)),
              t.get(3, String.class),
              t.get(4, String.class),
              DeliveryStatus.valueOf(t.get(5, String.class)),
              ((Number) t.get(6)).intValue(),
              Rows.instant(t.get(7)),
              Rows.instant(t.get(8)),
              Rows.instant(t.get(9)),
              t.get(10, String.class)));
    }
    return lines;
  }

  /** Puts a failed e-mail back in the outbox for an attempt now; false if it had not failed. */
  public boolean retry(long deliveryId, Instant now) {
    return em.createNativeQuery(
                "update alert_delivery set status = 'PENDING', next_attempt_at = :now"
                    + " where id = :id and status = 'FAILED' and channel = 'EMAIL'")
            .setParameter("now", Timestamp.from(now))
            .setParameter("id", deliveryId)
            .executeUpdate()
        == 1;
  }

  private static String intervals(List<Duration> steps) {
    if (steps.isEmpty()) {
      return null;
    }
    return "{"
        + String.join(",", steps.stream().map(s -> "\"" + s.toSeconds() + " seconds\"").toList())
        + "}";
  }
}
