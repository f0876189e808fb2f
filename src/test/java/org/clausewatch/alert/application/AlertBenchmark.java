package org.clausewatch.alert.application;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alert figures (issue #10), printed as lines starting with {@code [alert-benchmark]}; run by
 * {@code mvn -Palert-benchmark verify} on the throwaway test database (not part of {@code mvn
 * verify}). Counts are checked (a wrong count fails the run); times are only printed.
 *
 * <ol>
 *   <li>1,000 deadlines reach a step in the same minute; two schedulers run their pass at once:
 *       mails received by the sink, duplicates, missing, time.
 *   <li>1,000,000 deadlines of which 10,000 are due: one scheduler pass's decide and fan-out phases
 *       against one {@code INSERT ... SELECT} doing the same selection in SQL (rolled back).
 * </ol>
 */
@ExtendWith(ArquillianExtension.class)
class AlertBenchmark {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(AlertBenchmark.class)
        .addAsLibraries(
            Maven.resolver()
                .loadPomFromFile("pom.xml")
                .resolve("com.icegreen:greenmail")
                .withoutTransitivity()
                .asFile());
  }

  private static final Pattern DEADLINE_LINK = Pattern.compile("deadlines/manage\\?id=(\\d+)");

  @Inject AlertScheduler scheduler;

  @Resource(lookup = "java:jboss/datasources/ClausewatchMigrationDS")
  DataSource owner;

  @Resource ManagedExecutorService executor;

  @Test
  void thousandDeadlinesInOneMinuteWithTwoSchedulersGiveThousandMailsOnce() throws Exception {
    GreenMail sink = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    sink.start();
    try {
      String s = TestDatabase.uniqueSuffix();
      String watcher = TestUsers.create(TestUsers.unique("bench-watcher"), "TOP_SECRET", "LEGAL");
      Instant due = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES);
      long contract = contractWithDeadlines(s, watcher, 1_000, due, true);
      Instant when = due.minus(Duration.ofDays(14)).plusSeconds(30);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<AlertScheduler.Pass>> passes = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        passes.add(
            executor.submit(
                () -> {
                  start.await();
                  return scheduler.runAt(when);
                }));
      }
      long t0 = System.nanoTime();
      start.countDown();
      List<AlertScheduler.Pass> done = new ArrayList<>();
      for (Future<AlertScheduler.Pass> pass : passes) {
        done.add(pass.get());
      }
      long millis = (System.nanoTime() - t0) / 1_000_000;
      Map<Long, Integer> perDeadline = new HashMap<>();
      Set<String> messageIds = new HashSet<>();
      int received = 0;
      for (MimeMessage m : sink.getReceivedMessages()) {
        if (!m.getAllRecipients()[0].toString().equals(watcher + "@bench.test")) {
          continue;
        }
        received++;
        messageIds.add(m.getMessageID());
        Matcher link = DEADLINE_LINK.matcher(GreenMailUtil.getBody(m));
        if (link.find()) {
          perDeadline.merge(Long.parseLong(link.group(1)), 1, Integer::sum);
        }
      }
      Set<Long> expected = deadlineIds(contract);
      long duplicates = perDeadline.values().stream().filter(n -> n > 1).count();
      long missing = expected.stream().filter(id -> !perDeadline.containsKey(id)).count();
      print(
          "1,000 deadlines, one step in the same minute, two schedulers at once: %d mails received"
              + " (%d distinct Message-IDs) for %d deadlines, %d duplicates, %d missing; both"
              + " passes done in %d ms (passes: %s)",
          received, messageIds.size(), expected.size(), duplicates, missing, millis, done);
      if (received != expected.size() || duplicates != 0 || missing != 0) {
        throw new AssertionError("not exactly once: see the line above");
      }
    } finally {
      sink.stop();
    }
  }

  @Test
  void scanAndEnqueueAtAMillionDeadlinesAgainstOneInsertSelect() throws Exception {
    String s = TestDatabase.uniqueSuffix();
    String watcher = TestUsers.create(TestUsers.unique("bench-scan"), "TOP_SECRET", "LEGAL");
    Instant due = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES);
    long t0 = System.nanoTime();
    long contract =
        contractWithDeadlines(s, watcher, 1_000_000, due.plus(Duration.ofDays(60)), false);
    try (Connection c = owner.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "update deadline set due_at = ? where id in (select id from deadline"
                    + " where contract_id = ? order by id limit 10000)")) {
      q.setTimestamp(1, Timestamp.from(due));
      q.setLong(2, contract);
      q.executeUpdate();
      try (Statement analyze = c.createStatement()) {
        analyze.execute("analyze deadline; analyze deadline_alert");
      }
    }
    print(
        "setup: 1,000,000 deadlines (10,000 due) in %d s",
        (System.nanoTime() - t0) / 1_000_000_000);
    Instant when = due.minus(Duration.ofDays(14)).plusSeconds(30);

    long coldSqlMillis = insertSelect(when)[0];
    long[] warm = insertSelect(when);
    long sqlMillis = warm[0];
    long sqlEvents = warm[1];

    long t2 = System.nanoTime();
    AlertScheduler.Pass pass = scheduler.runAt(when);
    long passMillis = (System.nanoTime() - t2) / 1_000_000;
    print(
        "1,000,000 deadlines, 10,000 due: scheduler pass (decide + fan-out, batches of %d) %d ms"
            + " (%s); one INSERT ... SELECT doing the same %d ms (%d events; %d ms on its first,"
            + " cold run; both rolled back); ratio %.2f (goal at most 2)",
        AlertScheduler.BATCH,
        passMillis,
        pass,
        sqlMillis,
        sqlEvents,
        coldSqlMillis,
        passMillis / (double) sqlMillis);
    if (pass.deadlinesDecided() != 10_000 || sqlEvents != 10_000) {
      throw new AssertionError("expected 10,000 decisions each way: see the line above");
    }
  }

  /** The same decisions and in-app deliveries by plain SQL, rolled back: {millis, events}. */
  private long[] insertSelect(Instant when) throws SQLException {
    long decided;
    try (Connection c = owner.getConnection()) {
      c.setAutoCommit(false);
      long t1 = System.nanoTime();
      try (PreparedStatement events =
              c.prepareStatement(
                  "insert into alert_event (kind, deadline_id, contract_id, step, due_at,"
                      + " occurred_at, decided_by)"
                      + " select 'STEP', d.id, d.contract_id, (select max(st) from"
                      + " unnest(coalesce(a.steps, l.steps)) st where alert_step_at(d.due_at, d.due_zone, st) <= ?"
                      + " and alert_step_at(d.due_at, d.due_zone, st) > a.decided_until), d.due_at,"
                      + " ?, 'benchmark'"
                      + " from deadline_alert a join deadline d on d.id = a.deadline_id"
                      + " join alert_ladder l on l.kind = d.kind where a.next_alert_at <= ?"
                      + " on conflict on constraint alert_event_once do nothing");
          PreparedStatement pass =
              c.prepareStatement(
                  "update deadline_alert set decided_until = ? where next_alert_at <= ?");
          PreparedStatement deliveries =
              c.prepareStatement(
                  "insert into alert_delivery (event_id, recipient_id, channel, status,"
                      + " created_at, sent_at) select e.id, s.user_id, 'IN_APP', 'SENT', ?, ?"
                      + " from alert_event e join alert_subscription s"
                      + " on s.contract_id = e.contract_id where e.decided_by = 'benchmark'"
                      + " on conflict on constraint alert_delivery_once do nothing")) {
        Timestamp at = Timestamp.from(when);
        events.setTimestamp(1, at);
        events.setTimestamp(2, at);
        events.setTimestamp(3, at);
        decided = events.executeUpdate();
        pass.setTimestamp(1, at);
        pass.setTimestamp(2, at);
        pass.executeUpdate();
        deliveries.setTimestamp(1, at);
        deliveries.setTimestamp(2, at);
        deliveries.executeUpdate();
      }
      long millis = (System.nanoTime() - t1) / 1_000_000;
      c.rollback();
      return new long[] {millis, decided};
    }
  }

  /**
   * A contract watched by {@code watcher} (e-mail on if {@code mail}) with {@code n} report
   * deadlines due at {@code due}, written by set-based SQL as the tables' owner.
   */
  private long contractWithDeadlines(String s, String watcher, int n, Instant due, boolean mail)
      throws SQLException {
    try (Connection c = owner.getConnection()) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.executeUpdate(
            "insert into party (id, version, name, kind) values"
                + " (nextval('party_seq'), 0, 'Bench buyer "
                + s
                + "', 'GOVERNMENT_AGENCY'), (nextval('party_seq'), 0, 'Bench vendor "
                + s
                + "', 'COMPANY')");
        st.executeUpdate(
            "insert into contract (id, version, number, title, type, buyer_id, vendor_id, status,"
                + " ceiling_amount, ceiling_currency, obligated_amount, classification)"
                + " select nextval('contract_seq'), 0, 'BENCH-"
                + s
                + "', 'Alert benchmark', 'OTHER', b.id, v.id, 'ACTIVE', 1000, 'USD', 0,"
                + " 'UNCLASSIFIED' from party b, party v where b.name = 'Bench buyer "
                + s
                + "' and v.name = 'Bench vendor "
                + s
                + "'");
      }
      long contract;
      try (PreparedStatement q = c.prepareStatement("select id from contract where number = ?")) {
        q.setString(1, "BENCH-" + s);
        try (ResultSet r = q.executeQuery()) {
          r.next();
          contract = r.getLong(1);
        }
      }
      try (PreparedStatement q =
          c.prepareStatement(
              "insert into deadline (id, version, contract_id, title, kind, due_at, due_zone,"
                  + " status) select nextval('deadline_seq'), 0, ?, 'Report ' || g, 'REPORT', ?,"
                  + " 'UTC', 'OPEN' from generate_series(1, ?) g")) {
        q.setLong(1, contract);
        q.setTimestamp(2, Timestamp.from(due));
        q.setInt(3, n);
        q.executeUpdate();
      }
      try (PreparedStatement q =
          c.prepareStatement("update app_user set email = ? where username = ?")) {
        q.setString(1, mail ? watcher + "@bench.test" : null);
        q.setString(2, watcher);
        q.executeUpdate();
      }
      try (PreparedStatement q =
          c.prepareStatement(
              "insert into alert_subscription (id, user_id, contract_id, created_at)"
                  + " select nextval('alert_subscription_seq'), id, ?, now() from app_user"
                  + " where username = ?")) {
        q.setLong(1, contract);
        q.setString(2, watcher);
        q.executeUpdate();
      }
      c.commit();
      return contract;
    }
  }

  private Set<Long> deadlineIds(long contract) throws SQLException {
    Set<Long> ids = new HashSet<>();
    try (Connection c = owner.getConnection();
        PreparedStatement q = c.prepareStatement("select id from deadline where contract_id = ?")) {
      q.setLong(1, contract);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    return ids;
  }

  private static void print(String format, Object... args) {
    System.out.println("[alert-benchmark] " + String.format(format, args));
  }
}
