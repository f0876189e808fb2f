package org.clausewatch.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.clausewatch.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo data on a fresh database holds to the seed article, on whatever day it is loaded (issue
 * #9): stances dated the most recent Tuesday, never ahead; the ultimatum on that week's Friday at
 * 17:00 New York; the Department's demand as a stance and proposed wording, not a clause; what is
 * invented marked illustrative; and when the Friday has passed, the next start moves the ultimatum
 * as a recorded extension with its own audit version.
 */
class DemoDataIT {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private DataSource demo;

  @BeforeEach
  void freshDemoDatabase() throws SQLException {
    String name = "demo_" + TestDatabase.uniqueSuffix().toLowerCase();
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    }
    demo = TestDatabase.dataSource(TestDatabase.url().replaceAll("/[^/]+$", "/" + name));
    DatabaseMigrations.forDataSource(demo, true).migrate();
  }

  @Test
  void theStoryHoldsTogetherOnTheDayItIsLoaded() throws SQLException {
    LocalDate today = LocalDate.now(NEW_YORK);
    List<String> stances =
        rows(
            "select p.stance || ' ' || pa.name || ' ' || p.stated_on from term_position p"
                + " join party pa on pa.id = p.party_id join contract c on c.id = p.contract_id"
                + " where c.number = 'HQ0034-24-C-0200' order by pa.name, p.id");
    assertThat(stances)
        .hasSize(4)
        .allSatisfy(
            s ->
                assertThat(LocalDate.parse(s.substring(s.lastIndexOf(' ') + 1)))
                    .isBeforeOrEqualTo(today));
    assertThat(stances.get(0)).startsWith("ACCEPTS Anthropic");
    assertThat(stances.get(2)).startsWith("REJECTS U.S. Department of Defense");
    LocalDate meeting =
        LocalDate.parse(stances.get(0).substring(stances.get(0).lastIndexOf(' ') + 1));
    assertThat(meeting.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);

    LocalDateTime due =
        LocalDateTime.parse(
            rows("select to_char(due_at at time zone 'America/New_York', 'YYYY-MM-DD\"T\"HH24:MI')"
                    + " from deadline where kind = 'ULTIMATUM'")
                .get(0));
    assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(due.toLocalTime().toString()).isEqualTo("17:00");
    if (rows("select count(*) from deadline_extension").get(0).equals("0")) {
      assertThat(due.toLocalDate())
          .as("the Friday of the meeting's week")
          .isEqualTo(meeting.plusDays(3));
    }

    assertThat(rows("select explanation from dispute where state = 'OPEN' order by id"))
        .containsExactly(
            "Anthropic accepts; U.S. Department of Defense rejects.",
            "Anthropic accepts; U.S. Department of Defense rejects.");
    assertThat(
            rows(
                "select cl.number from clause cl join contract c on c.id = cl.contract_id"
                    + " where c.number = 'HQ0034-24-C-0200' and cl.text like '%any lawful purpose%'"))
        .as("the demand is proposed wording, not an executed clause")
        .isEmpty();
    assertThat(rows("select kind from annotation where proposed_text like '%any lawful purpose%'"))
        .containsExactly("PROPOSED_WORDING");
    assertThat(rows("select count(*) from contract where illustrative is null"))
        .containsExactly("0");
    assertThat(rows("select count(*) from usage_restriction r join topic t on t.id = r.topic_id"))
        .containsExactly("3");

    assertThat(
            rows(
                "select count(*) from generate_series(date '2024-10-15', current_date - 1,"
                    + " interval '3 months') d where not exists (select 1 from"
                    + " obligation_occurrence x join obligation o on o.id = x.obligation_id where"
                    + " o.description like 'Quarterly model reliability report%' and x.due_date ="
                    + " d::date)"))
        .as("every reliability report due so far was received: no overdue flag in the story")
        .containsExactly("0");
    assertThat(
            rows(
                "select count(*) from generate_series(date '2023-07-05', current_date - 1,"
                    + " interval '1 month') d where not exists (select 1 from"
                    + " obligation_occurrence x join obligation o on o.id = x.obligation_id where"
                    + " o.description like 'Monthly status report%' and x.due_date = d::date)"))
        .as("Bluefield's latest status report (one or two) is overdue")
        .singleElement()
        .isIn("1", "2");
    assertThat(
            rows(
                "select count(*) from obligation_occurrence x where not exists (select 1 from"
                    + " obligation_occurrence_aud a where a.obligation_id = x.obligation_id and"
                    + " a.position = x.position)"))
        .as("each settled occurrence has its first audit version")
        .containsExactly("0");
  }

  @Test
  void aPassedUltimatumMovesAWeekAsARecordedExtensionWithItsOwnAuditVersion() throws SQLException {
    // Loaded on a Friday after 5 p.m. New York, the demo has moved the ultimatum once already.
    int moves = Integer.parseInt(rows("select count(*) from deadline_extension").get(0));
    execute("update deadline set due_at = due_at - interval '14 days' where kind = 'ULTIMATUM'");

    DatabaseMigrations.forDataSource(demo, true).migrate();

    LocalDateTime due =
        LocalDateTime.parse(
            rows("select to_char(due_at at time zone 'America/New_York', 'YYYY-MM-DD\"T\"HH24:MI')"
                    + " from deadline where kind = 'ULTIMATUM'")
                .get(0));
    assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(due).isAfter(LocalDateTime.now(NEW_YORK));
    assertThat(rows("select reason from deadline_extension order by position desc"))
        .hasSize(moves + 1)
        .first()
        .asString()
        .startsWith("Illustrative: the demo moves the ultimatum");
    assertThat(
            rows(
                "select r.username from deadline_aud a join revinfo r on r.rev = a.rev"
                    + " join deadline d on d.id = a.id and d.due_at = a.due_at"
                    + " where d.kind = 'ULTIMATUM' and a.revend is null"))
        .as("the history's newest version of the ultimatum is the moved one")
        .containsExactly("system: demo data");
    assertThat(
            rows(
                "select count(*) filter (where a.revend is not null) || '/' || count(*)"
                    + " from deadline_aud a join deadline d on d.id = a.id where d.kind = 'ULTIMATUM'"))
        .as("the baseline version (and earlier moves), closed by the move's version")
        .containsExactly((moves + 1) + "/" + (moves + 2));
  }

  @Test
  void theDemoPeopleReadTimesInNewYorkUntilTheyChooseAnotherZone() throws SQLException {
    String zones =
        "select u.username || ' ' || coalesce(p.zone, 'none') from app_user u"
            + " left join alert_preference p on p.user_id = u.id order by u.username";
    assertThat(rows(zones))
        .containsExactly(
            "admin none",
            "analyst America/New_York",
            "counsel America/New_York",
            "manager America/New_York",
            "officer America/New_York");

    execute(
        "update alert_preference set zone = 'Europe/Berlin'"
            + " where user_id = (select id from app_user where username = 'counsel')");
    DatabaseMigrations.forDataSource(demo, true).migrate();
    assertThat(rows(zones)).contains("counsel Europe/Berlin", "officer America/New_York");
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = demo.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        rows.add(r.getString(1));
      }
    }
    return rows;
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = demo.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
