package org.clausewatch.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The seed article's contract, inserted over JDBC for browser tests that act as a client: the $200M
 * award with two disputed usage restrictions, each side's stance and the dispute it opened, and the
 * ultimatum with its consequences, due at the first 17:00 New York time at least a day away.
 * Business keys carry a suffix so tests do not see each other's rows; party names are shared.
 */
public final class SeedStory {

  private SeedStory() {}

  public static String anthropicContract(String suffix) {
    return "HQ0034-24-C-" + suffix;
  }

  public static String xaiContract(String suffix) {
    return "HQ0034-25-C-" + suffix;
  }

  public static void insert(Connection c, String suffix) throws SQLException {
    party(c, "U.S. Department of Defense", "GOVERNMENT_AGENCY");
    party(c, "Anthropic", "COMPANY");
    party(c, "xAI", "COMPANY");
    update(
        c,
        "insert into contract (id, version, number, title, type, buyer_id, vendor_id, status,"
            + " ceiling_amount, ceiling_currency, obligated_amount, award_date, period_start,"
            + " period_end, classification) values (nextval('contract_seq'), 0, ?, ?, 'OTHER',"
            + " (select id from party where name = 'U.S. Department of Defense'),"
            + " (select id from party where name = ?), 'ACTIVE', 200000000, 'USD', ?, date '2024-07-15',"
            + " date '2024-07-15', date '2027-07-14', ?)",
        anthropicContract(suffix),
        "Frontier AI capabilities for U.S. national security",
        "Anthropic",
        new java.math.BigDecimal("48000000"),
        "CUI");
    update(
        c,
        "insert into contract (id, version, number, title, type, buyer_id, vendor_id, status,"
            + " ceiling_amount, ceiling_currency, obligated_amount, award_date, period_start,"
            + " period_end, classification) values (nextval('contract_seq'), 0, ?, ?, 'OTHER',"
            + " (select id from party where name = 'U.S. Department of Defense'),"
            + " (select id from party where name = ?), 'ACTIVE', 200000000, 'USD', ?, date '2025-07-14',"
            + " date '2025-07-14', date '2027-07-13', ?)",
        xaiContract(suffix),
        "Grok for classified settings",
        "xAI",
        new java.math.BigDecimal("20000000"),
        "SECRET");
    update(
        c,
        "update contract set illustrative = 'contract number, amounts and dates' where number in"
            + " (?, ?)",
        anthropicContract(suffix),
        xaiContract(suffix));
    String contract =
        "(select id from contract where number = '" + anthropicContract(suffix) + "')";
    update(
        c,
        "insert into contract_authorisation (contract_id, position, description, granted_on)"
            + " values ("
            + contract
            + ", 0, 'Approved for classified networks', date '2024-11-01')");
    restriction(
        c,
        contract,
        0,
        "H-1",
        "Prohibited uses: surveillance of U.S. persons",
        "Mass surveillance of U.S. persons",
        "Insists that Claude not be used for mass surveillance of American citizens.",
        "Dismisses the concern: such activities would be illegal anyway.");
    restriction(
        c,
        contract,
        1,
        "H-2",
        "Meaningful human involvement in targeting",
        "Final targeting decisions without meaningful human involvement",
        "Wants assurances of meaningful human involvement in final targeting decisions.",
        "Demands complete control, as when it buys Boeing planes.");
    update(
        c,
        "insert into clause (id, version, contract_id, position, number, cited_date, heading,"
            + " text, category) values (nextval('clause_seq'), 0, "
            + contract
            + ", 2, '252.204-7012',"
            + " date '2019-12-01', 'Safeguarding Covered Defense Information', 'See the library text.',"
            + " 'COMPLIANCE')");

    // The first 5 p.m. in New York at least a day away: sooner than the ultimatums other tests
    // set days ahead, so the overview's first twenty deadlines hold it whatever ran before.
    ZonedDateTime now = ZonedDateTime.now(ZoneId.of("America/New_York"));
    ZonedDateTime due = now.plusDays(1).withHour(17).withMinute(0).withSecond(0).withNano(0);
    if (due.isBefore(now.plusDays(1))) {
      due = due.plusDays(1);
    }
    update(
        c,
        "insert into deadline (id, version, contract_id, title, kind, due_at, due_zone,"
            + " issuer_id, responsible_id, demanded_action, status) values (nextval('deadline_seq'),"
            + " 0, "
            + contract
            + ", 'Signed document granting full access to Claude', 'ULTIMATUM',"
            + " ?, 'America/New_York', (select id from party where name = 'U.S. Department of"
            + " Defense'), (select id from party where name = 'Anthropic'), 'Grant unrestricted"
            + " access for all lawful purposes', 'OPEN')",
        Timestamp.from(due.toInstant()));
    String deadline = "(select id from deadline where contract_id = " + contract + ")";
    update(
        c,
        "insert into deadline_consequence (deadline_id, position, description) values ("
            + deadline
            + ", 0, 'Defense Production Act invoked')");
    update(
        c,
        "insert into deadline_consequence (deadline_id, position, description) values ("
            + deadline
            + ", 1, 'Designated a supply chain risk')");
    // Rows written by SQL get a first version in the audit trail, as the application's own do.
    update(c, "select audit_baseline('test data')");
  }

  private static void restriction(
      Connection c,
      String contract,
      int position,
      String number,
      String heading,
      String use,
      String anthropicSays,
      String dodSays)
      throws SQLException {
    update(
        c,
        "insert into clause (id, version, contract_id, position, number, heading, text,"
            + " category) values (nextval('clause_seq'), 0, "
            + contract
            + ", ?, ?, ?, ?,"
            + " 'USAGE_RESTRICTION')",
        position,
        number,
        heading,
        "Illustrative clause text: " + use + ".");
    String clause =
        "(select id from clause where contract_id = "
            + contract
            + " and number = '"
            + number
            + "')";
    update(
        c,
        "insert into usage_restriction (id, version, clause_id, restricted_use, kind)"
            + " values (nextval('usage_restriction_seq'), 0, "
            + clause
            + ", ?, 'PROHIBITED')",
        use);
    String restriction = "(select id from usage_restriction where clause_id = " + clause + ")";
    position(
        c,
        contract,
        clause,
        restriction,
        "Anthropic",
        "ACCEPTS",
        anthropicSays,
        "Pentagon meeting, as reported");
    position(
        c,
        contract,
        clause,
        restriction,
        "U.S. Department of Defense",
        "REJECTS",
        dodSays,
        "Senior Pentagon official, as reported");
    // The Department's rejection made the stances disagree: the dispute it opened.
    update(
        c,
        "insert into dispute (id, version, contract_id, clause_id, restriction_id, state, opened_at,"
            + " opened_by_position_id, explanation) select nextval('dispute_seq'), 0, "
            + contract
            + ", "
            + clause
            + ", "
            + restriction
            + ", 'OPEN', now(), p.id, 'Anthropic accepts; U.S. Department of Defense rejects.'"
            + " from term_position p where p.restriction_id = "
            + restriction
            + " and p.party_id = (select id from party where name = 'U.S. Department of Defense')");
  }

  private static void position(
      Connection c,
      String contract,
      String clause,
      String restriction,
      String party,
      String stance,
      String statement,
      String source)
      throws SQLException {
    update(
        c,
        "insert into term_position (id, version, contract_id, clause_id, restriction_id, party_id,"
            + " stance, statement, stated_on, source, state, recorded_at, recorded_by) values"
            + " (nextval('term_position_seq'), 0, "
            + contract
            + ", "
            + clause
            + ", "
            + restriction
            + ", (select id from party where name = ?), ?, ?, current_date, ?, 'CURRENT', now(),"
            + " 'test data')",
        party,
        stance,
        statement,
        source);
  }

  /**
   * What pages about the story are opened with: the Anthropic contract's number, its first disputed
   * restriction with its clause's number and its dispute, the contract's first deadline (the
   * ultimatum), an open obligation due once and a recurring one.
   */
  public record Handles(
      String contract,
      long restriction,
      String restrictedClause,
      long dispute,
      long deadline,
      long obligation,
      long series) {

    /** Every page about the contract, as a user with every role opens them. */
    public List<String> pagesAbout() {
      String c = "contract=" + contract;
      return List.of(
          "/contracts/view?number=" + contract,
          "/contracts/history?number=" + contract,
          "/contracts/edit?number=" + contract,
          "/contracts/participants?number=" + contract,
          "/clauses/view?" + c + "&clause=H-1",
          "/clauses/edit?" + c + "&clause=H-1",
          "/clauses/new?" + c,
          "/restrictions/edit?" + c,
          "/positions/edit?" + c + "&clause=H-1",
          "/disputes/act?" + c + "&clause=" + restrictedClause + "&id=" + dispute,
          "/deadlines/new?" + c,
          "/deadlines/manage?id=" + deadline,
          "/deadlines/edit?id=" + deadline,
          "/obligations/new?" + c,
          "/obligations/edit?" + c + "&id=" + obligation,
          "/obligations/settle?" + c + "&id=" + obligation + "&date=2027-03-31",
          "/obligations/end?" + c + "&id=" + series,
          "/modifications/new?" + c);
    }
  }

  /**
   * Inserts the story with {@code suffix}, with an open obligation due once and a recurring one,
   * and returns what its pages are opened with.
   */
  public static Handles insertAndFind(Connection c, String suffix) throws SQLException {
    insert(c, suffix);
    String contract = anthropicContract(suffix);
    try (PreparedStatement s =
        c.prepareStatement(
            "select r.id, cl.number, x.id, (select min(d.id) from deadline d where d.contract_id ="
                + " k.id) from usage_restriction r join clause cl on cl.id = r.clause_id join"
                + " contract k on k.id = cl.contract_id join dispute x on x.restriction_id = r.id"
                + " where k.number = ? order by r.id limit 1")) {
      s.setString(1, contract);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return new Handles(
            contract,
            r.getLong(1),
            r.getString(2),
            r.getLong(3),
            r.getLong(4),
            obligation(c, contract, "Quarterly usage report", null),
            obligation(c, contract, "Monthly safety review", "FREQ=MONTHLY"));
      }
    }
  }

  /**
   * A topic named {@code name} that groups every usage restriction of {@code contract}, as legal
   * staff group the same restriction across vendors.
   *
   * @return its id
   */
  public static long topic(Connection c, String name, String contract) throws SQLException {
    long topic;
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into topic (id, name, created_by, created_at) values (nextval('topic_seq'),"
                + " ?, 'test', now()) returning id")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        topic = r.getLong(1);
      }
    }
    update(
        c,
        "update usage_restriction set topic_id = ? where contract_id = (select id from contract"
            + " where number = ?)",
        topic,
        contract);
    return topic;
  }

  /**
   * An open obligation of Anthropic on the contract, first due 31 March 2027 (written by SQL, as
   * the story is), recurring by {@code rule} or once if it is null.
   *
   * @return its id
   */
  public static long obligation(Connection c, String contract, String description, String rule)
      throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into obligation (id, version, contract_id, owing_party_id, description,"
                + " due_date, recurrence, status) select nextval('obligation_seq'), 0, k.id, p.id,"
                + " ?, date '2027-03-31', ?, 'OPEN' from contract k, party p where k.number = ?"
                + " and p.name = 'Anthropic' returning id")) {
      insert.setString(1, description);
      insert.setString(2, rule);
      insert.setString(3, contract);
      try (ResultSet r = insert.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  public static void party(Connection c, String name, String kind) throws SQLException {
    update(
        c,
        "insert into party (id, version, name, kind) select nextval('party_seq'), 0, ?, ?"
            + " where not exists (select 1 from party where lower(name) = lower(?))",
        name,
        kind,
        name);
  }

  private static void update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.execute();
    }
  }
}
