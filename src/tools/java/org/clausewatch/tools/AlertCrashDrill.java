package org.clausewatch.tools;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crash drill for alerts (issue #10): a real WildFly and PostgreSQL, 500 deadlines whose step
 * falls in the same minute, the server killed with SIGKILL (kill -9) as soon as the first of their
 * mails arrives, then started again. Prints how many mails arrived before the kill, and after the
 * restart how many of the 500 were mailed, how many twice, and how long after the restart the last
 * one arrived. Run by {@code mvn -Palert-crash-drill}; uses its own throwaway database and ports
 * 8080/9990 and 3025 (stop {@code mvn -Prun} first).
 */
public final class AlertCrashDrill {

  private static final int DEADLINES = 500;
  private static final Pattern DEADLINE_LINK = Pattern.compile("deadlines/manage\\?id=(\\d+)");

  private AlertCrashDrill() {}

  public static void main(String[] args) throws Exception {
    Path projectDir = Path.of(System.getProperty("clausewatch.project.dir", ".")).toAbsolutePath();
    Path wildflyHome = Path.of(System.getProperty("clausewatch.wildfly.home"));
    Path war = Path.of(System.getProperty("clausewatch.war"));
    Path work = projectDir.resolve("target/crash-drill");
    RunClausewatch.deleteTree(work);
    GreenMail sink = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    sink.start();
    try (EmbeddedDatabase db =
        EmbeddedDatabase.start(
            work.resolve("pgdata"), projectDir.resolve("target/embedded-pg"), 0, true)) {
      db.ensureDatabase("clausewatch");
      db.ensureRole(EmbeddedDatabase.APP_USER, EmbeddedDatabase.APP_PASSWORD);
      String url = db.jdbcUrl("clausewatch");
      Path base = RunClausewatch.freshServerBase(work.resolve("server"), wildflyHome, war);

      Process server = start(wildflyHome, base, url);
      awaitReady(server);
      Instant stepAt = seed(url);
      say("500 deadlines; their 14-day step falls at " + stepAt + "; waiting for the first mail");
      while (sink.getReceivedMessages().length == 0) {
        if (Instant.now().isAfter(stepAt.plus(Duration.ofMinutes(2)))) {
          throw new IllegalStateException("no mail two minutes after the step: see the log");
        }
        Thread.sleep(20);
      }
      server.descendants().forEach(ProcessHandle::destroyForcibly);
      server.destroyForcibly();
      server.waitFor();
      int beforeKill = sink.getReceivedMessages().length;
      say("killed (SIGKILL) with " + beforeKill + " mails received");
      Thread.sleep(5_000);

      Instant restart = Instant.now();
      Process again = start(wildflyHome, base, url);
      Instant last = null;
      Map<Long, Integer> perDeadline = new HashMap<>();
      while (Instant.now().isBefore(restart.plus(Duration.ofMinutes(6)))) {
        perDeadline.clear();
        for (MimeMessage m : sink.getReceivedMessages()) {
          Matcher link = DEADLINE_LINK.matcher(GreenMailUtil.getBody(m));
          if (link.find()) {
            perDeadline.merge(Long.parseLong(link.group(1)), 1, Integer::sum);
          }
        }
        if (perDeadline.size() == DEADLINES) {
          last = Instant.now();
          break;
        }
        Thread.sleep(500);
      }
      Thread.sleep(30_000);
      int total = sink.getReceivedMessages().length;
      long twice = perDeadline.values().stream().filter(n -> n > 1).count();
      say(
          String.format(
              "after the restart: %d of %d deadlines mailed, %d mails in all, %d deadlines mailed"
                  + " more than once; the last arrived %s after the restart began (goal: all"
                  + " within 5 minutes, exactly once)",
              perDeadline.size(),
              DEADLINES,
              total,
              twice,
              last == null ? "never" : Duration.between(restart, last).toSeconds() + " s"));
      RunClausewatch.stop(again);
    } finally {
      sink.stop();
    }
  }

  private static Process start(Path wildflyHome, Path base, String url) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                wildflyHome.resolve("bin/standalone.sh").toString(),
                "-c",
                System.getProperty("clausewatch.wildfly.config", "standalone.xml"),
                "-Djboss.server.base.dir=" + base)
            .redirectErrorStream(true)
            .redirectOutput(base.resolve("console.log").toFile());
    builder.environment().put("CLAUSEWATCH_DB_URL", url);
    builder.environment().put("CLAUSEWATCH_SMTP_HOST", "localhost");
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    return builder.start();
  }

  private static void awaitReady(Process server) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://localhost:9990/health/ready")).build();
    for (int i = 0; i < 300 && server.isAlive(); i++) {
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      Thread.sleep(1_000);
    }
    throw new IllegalStateException(
        "WildFly did not become ready: target/crash-drill/server/console.log");
  }

  /** A watcher with e-mail on one contract with 500 report deadlines due in 14 days + 40 s. */
  private static Instant seed(String url) throws Exception {
    Instant stepAt = Instant.now().plusSeconds(40);
    try (Connection c =
            DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
        Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      st.executeUpdate(
          "insert into party (id, version, name, kind) values (nextval('party_seq'), 0, 'Drill"
              + " buyer', 'GOVERNMENT_AGENCY'), (nextval('party_seq'), 0, 'Drill vendor', 'COMPANY')");
      st.executeUpdate(
          "insert into contract (id, version, number, title, type, buyer_id, vendor_id, status,"
              + " ceiling_amount, ceiling_currency, obligated_amount, classification)"
              + " select nextval('contract_seq'), 0, 'DRILL-1', 'Crash drill', 'OTHER', b.id, v.id,"
              + " 'ACTIVE', 1000, 'USD', 0, 'UNCLASSIFIED' from party b, party v"
              + " where b.name = 'Drill buyer' and v.name = 'Drill vendor'");
      st.executeUpdate(
          "insert into app_user (id, version, username, display_name, email, password_hash,"
              + " clearance, enabled, failed_attempts, password_changed_at, created_at) values"
              + " (nextval('app_user_seq'), 0, 'drill-watcher', 'Drill watcher',"
              + " 'drill-watcher@drill.test', 'pbkdf2-not-a-real-hash-for-sign-in', 'TOP_SECRET',"
              + " true, 0, now(), now())");
      st.executeUpdate(
          "insert into app_user_role (user_id, role) select id, 'LEGAL' from app_user"
              + " where username = 'drill-watcher'");
      st.executeUpdate(
          "insert into alert_subscription (id, user_id, contract_id, created_at)"
              + " select nextval('alert_subscription_seq'), u.id, c.id, now()"
              + " from app_user u, contract c where u.username = 'drill-watcher'"
              + " and c.number = 'DRILL-1'");
      try (PreparedStatement q =
          c.prepareStatement(
              "insert into deadline (id, version, contract_id, title, kind, due_at, due_zone,"
                  + " status) select nextval('deadline_seq'), 0, c.id, 'Report ' || g, 'REPORT',"
                  + " ?, 'UTC', 'OPEN' from contract c, generate_series(1, "
                  + DEADLINES
                  + ") g where c.number = 'DRILL-1'")) {
        q.setTimestamp(1, Timestamp.from(stepAt.plus(Duration.ofDays(14))));
        q.executeUpdate();
      }
      c.commit();
    }
    return stepAt;
  }

  private static void say(String message) {
    System.out.println("[alert-crash-drill] " + message);
  }
}
