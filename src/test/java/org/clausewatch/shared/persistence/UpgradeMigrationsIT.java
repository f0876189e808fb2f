package org.clausewatch.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clausewatch.contract.domain.Urgency;
import org.clausewatch.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migrations that rewrite existing rows, run on a database of their own holding rows written by the
 * version before them, as an upgrade of a running installation would: the test database of every
 * other test is created fresh, so there these migrations find nothing to rewrite.
 */
class UpgradeMigrationsIT {

  private String database;
  private String url;

  @BeforeEach
  void createDatabase() throws SQLException {
    database = "upgrade_" + TestDatabase.uniqueSuffix().toLowerCase(java.util.Locale.ROOT);
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute("create database " + database);
    }
    String base = TestDatabase.url();
    int query = base.indexOf('?');
    String withoutQuery = query < 0 ? base : base.substring(0, query);
    url = withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1) + database;
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
    }
  }

  @Test
  void anObligationEndedBeforeV31IsReopenedWithTheRuleItHadBeforeItsEnd() throws Exception {
    migrateTo("30");
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      contract(s, "UPGRADE-31");
      obligation(s, 1, "Ended, with its history", "FREQ=MONTHLY;UNTIL=20260315", "2026-03-15");
      obligation(s, 2, "Ended, no history", "FREQ=MONTHLY;INTERVAL=3;UNTIL=20260415", "2026-04-15");
      obligation(s, 3, "Goes on", "FREQ=WEEKLY;COUNT=10", null);
      s.execute(
          "insert into revinfo (rev, revtstmp, username) values (1, 0, 'officer'),"
              + " (2, 1, 'officer')");
      s.execute(
          "insert into obligation_aud (id, rev, revtype, description, recurrence, status,"
              + " ended_after) values (1, 1, 0, 'Ended, with its history',"
              + " 'FREQ=MONTHLY;COUNT=6', 'OPEN', null), (1, 2, 1, 'Ended, with its history',"
              + " 'FREQ=MONTHLY;UNTIL=20260315', 'OPEN', date '2026-03-15')");
    }

    migrateTo("31");

    assertThat(pairs("select id, coalesce(rule_before_end, '-') from obligation order by id"))
        .as(
            "from the last audited version that was not ended (its COUNT back), else the rule"
                + " without its UNTIL; nothing for one not ended")
        .containsExactly(
            Map.entry("1", "FREQ=MONTHLY;COUNT=6"),
            Map.entry("2", "FREQ=MONTHLY;INTERVAL=3"),
            Map.entry("3", "-"));
  }

  @Test
  void flagsStoredBeforeV34GetTheirRankAndDueTimeAndOverdueObligationsAreRecomputed()
      throws Exception {
    migrateTo("33");
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      contract(s, "UPGRADE-34");
      s.execute(
          "insert into deadline (id, contract_id, title, kind, due_at, due_zone, status) select"
              + " 7, k.id, 'Sign', 'ULTIMATUM', timestamptz '2026-12-04 22:00Z',"
              + " 'America/New_York', 'OPEN' from contract k where k.number = 'UPGRADE-34'");
      s.execute("delete from flag_stale");
      s.execute(
          "insert into flag (id, contract_id, rule, subject, severity, attention, deadline_id,"
              + " explanation, fingerprint, raised_at) select v.id, k.id, v.rule, v.subject,"
              + " v.severity, true, v.deadline_id, 'Why', repeat('a', 64), now() from contract"
              + " k, (values (1, 'DEADLINE_DUE_SOON', 'deadline:7', 'HIGH', 7),"
              + " (2, 'OBLIGATION_OVERDUE', 'obligation:3', 'MEDIUM', null),"
              + " (3, 'OUTDATED_CLAUSE_DATE', 'clause:4', 'LOW', null))"
              + " as v(id, rule, subject, severity, deadline_id) where k.number = 'UPGRADE-34'");
    }

    migrateTo("34");

    assertThat(
            rows(
                "select rule || ' ' || severity_rank || ' ' || coalesce(to_char(due_at at time"
                    + " zone 'UTC', 'YYYY-MM-DD HH24:MI'), '-') from flag order by id"))
        .as("a deadline's flags take its due time; the rank orders high, medium, low")
        .containsExactly(
            "DEADLINE_DUE_SOON 0 2026-12-04 22:00",
            "OBLIGATION_OVERDUE 1 -",
            "OUTDATED_CLAUSE_DATE 2 -");
    assertThat(rows("select k.number from flag_stale q join contract k on k.id = q.contract_id"))
        .as("queued, so the flag job gives the obligation's flag its first unsettled day")
        .containsExactly("UPGRADE-34");
  }

  @Test
  void contractsGetTheUrgencyOfTheirFlagsAtV35AndKeepItWhoeverWritesFlags() throws Exception {
    migrateTo("34");
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      contract(s, "UPG-35-A");
      for (String other : java.util.List.of("UPG-35-B", "UPG-35-C", "UPG-35-D")) {
        s.execute(
            "insert into contract (id, number, title, buyer_id, vendor_id, status,"
                + " ceiling_amount, ceiling_currency, type, buyer_name, vendor_name) select"
                + " nextval('contract_seq'), '"
                + other
                + "', title, buyer_id, vendor_id, status, ceiling_amount, ceiling_currency,"
                + " type, buyer_name, vendor_name from contract where number = 'UPG-35-A'");
      }
      s.execute(
          "insert into flag_dismissal (id, contract_id, rule, subject, explanation, fingerprint,"
              + " reason, dismissed_by, dismissed_at) select 9, id, 'TERM_DISPUTED', 'dispute:1',"
              + " 'Why', repeat('a', 64), 'Settled', 'counsel', now() from contract where number"
              + " = 'UPG-35-C'");
      // A: a high flag due later and a medium one due sooner; B: a high one without a time;
      // C: its only high flag dismissed, a low one that asks for none; D: no flag.
      flags(
          s,
          "(1, 'UPG-35-A', 'DEADLINE_DUE_SOON', 'HIGH', true, timestamptz '2026-12-11 22:00Z',"
              + " null), (2, 'UPG-35-A', 'OBLIGATION_OVERDUE', 'MEDIUM', true, timestamptz"
              + " '2026-11-01 00:00Z', null), (3, 'UPG-35-B', 'TERM_DISPUTED', 'HIGH', true,"
              + " null, null), (4, 'UPG-35-C', 'TERM_DISPUTED', 'HIGH', true, null, 9),"
              + " (5, 'UPG-35-C', 'OUTDATED_CLAUSE_DATE', 'LOW', false, null, null)");
    }

    migrateTo("35");

    Instant friday = Instant.parse("2026-12-11T22:00:00Z");
    assertThat(pairs(URGENCIES))
        .as("the most severe flag asking for attention, nobody dismissed, then its due time")
        .containsExactly(
            Map.entry("UPG-35-A", key(Urgency.Level.HIGH, friday)),
            Map.entry("UPG-35-B", key(Urgency.Level.HIGH, null)),
            Map.entry("UPG-35-C", NONE),
            Map.entry("UPG-35-D", NONE));

    try (Connection c = connect();
        Statement s = c.createStatement()) {
      flags(
          s,
          "(6, 'UPG-35-D', 'DEADLINE_OVERDUE', 'HIGH', true, timestamptz '2026-12-01"
              + " 17:00:00.75Z', null::bigint)");
      s.execute("update flag set dismissal_id = null where id = 4");
      s.execute("delete from flag where id = 1");
    }
    assertThat(pairs(URGENCIES))
        .as("kept by the triggers: raised (fractions of a second dropped), undismissed, removed")
        .containsExactly(
            Map.entry("UPG-35-A", key(Urgency.Level.MEDIUM, Instant.parse("2026-11-01T00:00:00Z"))),
            Map.entry("UPG-35-B", key(Urgency.Level.HIGH, null)),
            Map.entry("UPG-35-C", key(Urgency.Level.HIGH, null)),
            Map.entry("UPG-35-D", key(Urgency.Level.HIGH, Instant.parse("2026-12-01T17:00:00Z"))));
    assertThat(
            rows(
                "select flag_urgency(0::smallint, timestamptz '1969-12-31 23:59:59.5Z') || ' '"
                    + " || flag_urgency(1::smallint, timestamptz '0001-01-01 00:00Z') || ' '"
                    + " || flag_urgency(2::smallint, timestamptz '9999-12-31 00:00Z')"))
        .as("before 1970, and times out of range clamped, as Java computes them")
        .containsExactly(
            Urgency.of(Urgency.Level.HIGH, Instant.parse("1969-12-31T23:59:59.5Z"))
                + " "
                + Urgency.of(Urgency.Level.MEDIUM, Instant.parse("0001-01-01T00:00:00Z"))
                + " "
                + Urgency.of(Urgency.Level.LOW, Instant.parse("9999-12-31T00:00:00Z")));
  }

  private static final String NONE = String.valueOf(Urgency.NONE);

  /** A contract's urgency as the database returns it, text. */
  private static String key(Urgency.Level level, Instant due) {
    return String.valueOf(Urgency.of(level, due));
  }

  private static final String URGENCIES =
      "select number, urgency from contract where number like 'UPG-35-%' order by number";

  /** Flags as rows (id, contract number, rule, severity, attention, due time, dismissal). */
  private static void flags(Statement s, String values) throws SQLException {
    s.execute(
        "insert into flag (id, contract_id, rule, subject, severity, attention, due_at,"
            + " dismissal_id, explanation, fingerprint, raised_at) select v.id, k.id, v.rule,"
            + " 'subject:' || v.id, v.severity, v.attention, v.due_at, v.dismissal_id, 'Why',"
            + " repeat('a', 64), now() from (values "
            + values
            + ") as v(id, number, rule, severity, attention, due_at, dismissal_id) join contract k"
            + " on k.number = v.number");
  }

  /** The first column of each row the query returns, as text. */
  private java.util.List<String> rows(String sql) throws SQLException {
    java.util.List<String> rows = new java.util.ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        rows.add(r.getString(1));
      }
    }
    return rows;
  }

  /** A buyer, a vendor and an active contract between them, as the version before wrote them. */
  private static void contract(Statement s, String number) throws SQLException {
    s.execute(
        "insert into party (id, name, kind) values (nextval('party_seq'), 'Buyer', "
            + "'GOVERNMENT_AGENCY'), (nextval('party_seq'), 'Vendor', 'COMPANY')");
    s.execute(
        "insert into contract (id, number, title, buyer_id, vendor_id, status, ceiling_amount,"
            + " ceiling_currency, type, buyer_name, vendor_name) select nextval('contract_seq'), '"
            + number
            + "', 'Upgrade check', b.id, v.id, 'ACTIVE', 1000, 'USD', 'FFP', b.name, v.name from"
            + " party b, party v where b.name = 'Buyer' and v.name = 'Vendor'");
  }

  private static void obligation(
      Statement s, long id, String description, String rule, String endedAfter)
      throws SQLException {
    String end =
        endedAfter == null
            ? "null, null, null, null"
            : "date '" + endedAfter + "', 'officer', now(), 'Recorded on the wrong contract'";
    s.execute(
        "insert into obligation (id, contract_id, owing_party_id, description, due_date,"
            + " recurrence, status, ended_after, ended_by, ended_at, end_reason) select "
            + id
            + ", k.id, k.vendor_id, '"
            + description
            + "', date '2026-01-15', '"
            + rule
            + "', 'OPEN', "
            + end
            + " from contract k where k.number = 'UPGRADE-31'");
  }

  /** The first two columns of each row the query returns, as text, in the order returned. */
  private Map<String, String> pairs(String sql) throws SQLException {
    Map<String, String> pairs = new LinkedHashMap<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        pairs.put(r.getString(1), r.getString(2));
      }
    }
    return pairs;
  }

  private void migrateTo(String version) {
    Flyway.configure()
        .dataSource(TestDatabase.dataSource(url))
        .locations(DatabaseMigrations.SCHEMA_LOCATION)
        .placeholders(Map.of("app_role", System.getProperty(TestDatabase.APP_USER)))
        .cleanDisabled(true)
        .target(version)
        .load()
        .migrate();
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(
        url,
        System.getProperty(TestDatabase.USER, "postgres"),
        System.getProperty(TestDatabase.PASSWORD, "postgres"));
  }
}
