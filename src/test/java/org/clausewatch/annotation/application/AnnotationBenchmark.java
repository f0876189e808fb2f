package org.clausewatch.annotation.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import javax.sql.DataSource;
import org.clausewatch.annotation.domain.AnnotationKind;
import org.clausewatch.testing.Callers;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Annotation figures (issue #9), printed as lines starting with {@code [annotation-benchmark]}; run
 * by {@code mvn -Pannotation-benchmark verify} on the throwaway test database (not part of {@code
 * mvn verify}). {@value #USERS} users, each signed in as themselves, annotate and reply (half each)
 * on {@value #CLAUSES} clauses for {@value #SECONDS} s through {@link AnnotationService}
 * (transactions, access checks, audit rows, as a page's action does). Then: throughput, p95
 * latency, acknowledged writes against the rows found (must be equal, else the run fails), and
 * pgbench running the same INSERT statements (with their audit rows) on the same database with the
 * same number of clients, for the ratio (goal at least 0.3).
 */
@ExtendWith(ArquillianExtension.class)
class AnnotationBenchmark {

  static final int USERS = 50;
  static final int CLAUSES = 500;
  static final int SECONDS = 60;
  static final String WORDS = "meaningful human involvement";
  static final String TEXT =
      "The Government shall not use the models for final targeting decisions without "
          + WORDS
          + " in the decision.";

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(AnnotationBenchmark.class);
  }

  @Inject AnnotationService annotations;

  @Resource(lookup = "java:jboss/datasources/ClausewatchMigrationDS")
  DataSource owner;

  @Resource ManagedExecutorService executor;

  @Test
  void fiftyUsersAnnotateAndReplyForAMinuteAndEveryAcknowledgedWriteIsThere() throws Exception {
    String s = TestDatabase.uniqueSuffix();
    String number = "BENCH-" + s;
    long contract = contractWithClauses(s, number);
    List<String> users = new ArrayList<>();
    for (int u = 0; u < USERS; u++) {
      users.add(TestUsers.create(TestUsers.unique("bench-counsel"), "TOP_SECRET", "LEGAL"));
    }
    int start = TEXT.indexOf(WORDS);
    AtomicLongArray recent = new AtomicLongArray(1024);
    AtomicLong annotated = new AtomicLong();
    AtomicLong replied = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch go = new CountDownLatch(1);
    long[] window = new long[1];
    List<Future<?>> running = new ArrayList<>();
    for (int u = 0; u < USERS; u++) {
      String user = users.get(u);
      Random random = new Random(42L + u);
      running.add(
          executor.submit(
              () -> {
                go.await();
                long end = window[0];
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                  long t0 = System.nanoTime();
                  try {
                    long known = annotated.get();
                    if (known == 0 || random.nextBoolean()) {
                      String clause = "H-" + (1 + random.nextInt(CLAUSES));
                      long id =
                          Callers.as(
                              user,
                              () ->
                                  annotations.annotate(
                                      number,
                                      clause,
                                      start,
                                      start + WORDS.length(),
                                      WORDS,
                                      AnnotationKind.COMMENT,
                                      "Benchmark note",
                                      null));
                      recent.set((int) (annotated.getAndIncrement() % recent.length()), id);
                    } else {
                      long id = recent.get(random.nextInt((int) Math.min(known, recent.length())));
                      if (id == 0) {
                        continue;
                      }
                      Callers.as(user, () -> annotations.reply(id, "Benchmark reply"));
                      replied.incrementAndGet();
                    }
                    mine.add(System.nanoTime() - t0);
                  } catch (RuntimeException e) {
                    failed.incrementAndGet();
                  }
                }
                latencies.addAll(mine);
                return null;
              }));
    }
    long t0 = System.nanoTime();
    window[0] = t0 + TimeUnit.SECONDS.toNanos(SECONDS);
    go.countDown();
    for (Future<?> r : running) {
      r.get(SECONDS + 120L, TimeUnit.SECONDS);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long acknowledged = annotated.get() + replied.get();
    long foundAnnotations =
        count("select count(*) from annotation where contract_id = " + contract);
    long foundReplies =
        count("select count(*) from annotation_reply where contract_id = " + contract);
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    double p95 = sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.95)) / 1e6;
    double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    double throughput = acknowledged / seconds;
    print(
        "%d users, %d clauses, %.1f s: %d writes acknowledged (%d annotations, %d replies), %d"
            + " refused or failed; %.1f writes/s; latency mean %.1f ms, p95 %.1f ms",
        USERS,
        CLAUSES,
        seconds,
        acknowledged,
        annotated.get(),
        replied.get(),
        failed.get(),
        throughput,
        mean,
        p95);
    print(
        "rows found afterwards: %d annotations, %d replies (acknowledged: %d, %d)",
        foundAnnotations, foundReplies, annotated.get(), replied.get());
    if (foundAnnotations != annotated.get() || foundReplies != replied.get()) {
      throw new AssertionError("acknowledged writes and rows differ: see the lines above");
    }
    pgbench(contract, throughput);
  }

  /** pgbench with the same INSERTs (and their audit rows), same clients, same time. */
  private void pgbench(long contract, double throughput) throws Exception {
    String host = "127.0.0.1";
    String port;
    String database;
    String user;
    try (Connection c = owner.getConnection();
        Statement st = c.createStatement();
        ResultSet r =
            st.executeQuery("select inet_server_port(), current_database(), current_user")) {
      r.next();
      port = r.getString(1);
      database = r.getString(2);
      user = r.getString(3);
    }
    Path dir = Files.createTempDirectory("pgbench");
    Path annotate = dir.resolve("annotate.sql");
    Path reply = dir.resolve("reply.sql");
    Files.writeString(
        annotate,
        """
        \\set k random(0, :clauses - 1)
        BEGIN;
        INSERT INTO revinfo (rev, revtstmp, username, client_address) VALUES (nextval('revinfo_seq'), 0, 'pgbench', '127.0.0.1');
        INSERT INTO annotation (id, version, contract_id, clause_id, kind, body, quote_exact, quote_prefix, quote_suffix, quote_start, quote_end, made_on_version, anchor_state, anchor_start, anchor_end, anchored_on_version, state, author, created_at) SELECT nextval('annotation_seq'), 0, :contract, id, 'COMMENT', 'Benchmark note', 'meaningful human involvement', '', '', 78, 106, 0, 'ANCHORED', 78, 106, 0, 'OPEN', 'pgbench', now() FROM clause WHERE contract_id = :contract AND position = :k;
        INSERT INTO annotation_aud (id, rev, revtype, contract_id, clause_id, kind, body, quote_exact, quote_prefix, quote_suffix, quote_start, quote_end, made_on_version, anchor_state, anchor_start, anchor_end, anchored_on_version, state, author, created_at) SELECT currval('annotation_seq'), currval('revinfo_seq'), 0, :contract, clause_id, 'COMMENT', 'Benchmark note', 'meaningful human involvement', '', '', 78, 106, 0, 'ANCHORED', 78, 106, 0, 'OPEN', 'pgbench', now() FROM annotation WHERE id = currval('annotation_seq');
        COMMIT;
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        reply,
        """
        BEGIN;
        INSERT INTO revinfo (rev, revtstmp, username, client_address) VALUES (nextval('revinfo_seq'), 0, 'pgbench', '127.0.0.1');
        INSERT INTO annotation_reply (id, version, annotation_id, contract_id, author, body, created_at) SELECT nextval('annotation_reply_seq'), 0, max(id), :contract, 'pgbench', 'Benchmark reply', now() FROM annotation WHERE contract_id = :contract;
        INSERT INTO annotation_reply_aud (id, rev, revtype, annotation_id, contract_id, author, body, created_at) VALUES (currval('annotation_reply_seq'), currval('revinfo_seq'), 0, NULL, :contract, 'pgbench', 'Benchmark reply', now());
        COMMIT;
        """,
        StandardCharsets.UTF_8);
    List<String> command =
        List.of(
            "pgbench",
            "-n",
            "-h",
            host,
            "-p",
            port,
            "-U",
            user,
            "-c",
            String.valueOf(USERS),
            "-j",
            "2",
            "-T",
            String.valueOf(SECONDS),
            "-D",
            "contract=" + contract,
            "-D",
            "clauses=" + CLAUSES,
            "-f",
            annotate + "@1",
            "-f",
            reply + "@1",
            database);
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      print(
          "pgbench not found (%s): install it (Debian: postgresql-client) for the comparison",
          e.getMessage());
      return;
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(SECONDS + 60L, TimeUnit.SECONDS);
    double tps = 0;
    String latency = "?";
    for (String line : output.split("\n")) {
      if (line.startsWith("tps = ")) {
        tps = Double.parseDouble(line.substring(6).split(" ")[0]);
      }
      if (line.startsWith("latency average")) {
        latency = line.substring(line.indexOf('=') + 1).trim();
      }
    }
    for (String line : output.split("\n")) {
      if (line.contains("abort")
          || line.contains("ERROR")
          || line.contains("processed")
          || line.contains("failed")
          || line.startsWith("duration")) {
        print("pgbench: %s", line.strip());
      }
    }
    if (tps == 0 || output.contains("aborted")) {
      throw new AssertionError("pgbench did not run through: see the lines above");
    }
    print(
        "pgbench, the same INSERTs with their audit rows, %d clients, %d s: %.1f transactions/s,"
            + " latency average %s; Clausewatch/pgbench %.2f (goal at least 0.3)",
        USERS, SECONDS, tps, latency, throughput / tps);
  }

  private long contractWithClauses(String s, String number) throws SQLException {
    try (Connection c = owner.getConnection()) {
      try (PreparedStatement q =
          c.prepareStatement(
              "insert into party (id, version, name, kind) values (nextval('party_seq'), 0, ?,"
                  + " 'GOVERNMENT_AGENCY'), (nextval('party_seq'), 0, ?, 'COMPANY')")) {
        q.setString(1, "Bench Agency " + s);
        q.setString(2, "Bench Vendor " + s);
        q.executeUpdate();
      }
      try (PreparedStatement q =
          c.prepareStatement(
              "insert into contract (id, version, number, title, type, buyer_id, vendor_id, status,"
                  + " ceiling_amount, ceiling_currency, obligated_amount, classification)"
                  + " values (nextval('contract_seq'), 0, ?, 'Benchmark', 'OTHER',"
                  + " (select id from party where name = ?), (select id from party where name = ?),"
                  + " 'ACTIVE', 1000000, 'USD', 0, 'UNCLASSIFIED')")) {
        q.setString(1, number);
        q.setString(2, "Bench Agency " + s);
        q.setString(3, "Bench Vendor " + s);
        q.executeUpdate();
      }
      try (PreparedStatement q =
          c.prepareStatement(
              "insert into clause (id, version, contract_id, position, number, heading, text,"
                  + " category) select nextval('clause_seq'), 0, k.id, g - 1, 'H-' || g,"
                  + " 'Clause ' || g, ?, 'USAGE_RESTRICTION' from contract k,"
                  + " generate_series(1, ?) g where k.number = ?")) {
        q.setString(1, TEXT);
        q.setInt(2, CLAUSES);
        q.setString(3, number);
        q.executeUpdate();
      }
      try (Statement st = c.createStatement()) {
        st.execute("select audit_baseline('benchmark')");
      }
    }
    return count("select id from contract where number = '" + number + "'");
  }

  private long count(String sql) throws SQLException {
    try (Connection c = owner.getConnection();
        Statement st = c.createStatement();
        ResultSet r = st.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void print(String format, Object... args) {
    System.out.println("[annotation-benchmark] " + String.format(format, args));
  }
}
