package org.clausewatch.tools;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewatch.search.domain.SearchRequest;
import org.clausewatch.search.domain.SearchSql;

/**
 * Times the search results page for 50 queries of one to three terms, common and rare, and runs the
 * same two SQL statements under {@code EXPLAIN (ANALYZE)}: prints the page's p50/p95, the SQL's,
 * their ratio, and every sequential scan in any plan.
 *
 * <pre>
 * mvn -Psearch-benchmark [-Drounds=5] [-Dusers=1] [-Drate=0] [-Dbase=http://localhost:8080]
 * </pre>
 *
 * With {@code -Dusers=N} the timed rounds run on N signed-in users at once, each sending its next
 * query when the answer came, or with {@code -Drate=R} at R queries per second in all, timed from
 * when each was due ({@link OpenLoop}). Run {@code mvn -Prun} and {@code mvn -Pgenerate} first; the
 * benchmark signs in as demo {@code manager} (TOP SECRET).
 */
public final class SearchBenchmark {

  /** 50 queries: single common and rare words, pairs, triples and a phrase or two. */
  static final List<String> QUERIES =
      List.of(
          "agreement",
          "shall",
          "party",
          "license",
          "termination",
          "confidential",
          "payment",
          "notice",
          "warranty",
          "insurance",
          "audit",
          "royalty",
          "escrow",
          "arbitration",
          "franchise",
          "indemnify",
          "exclusive",
          "surveillance",
          "safeguarding",
          "subcontract",
          "governing law",
          "written notice",
          "intellectual property",
          "source code",
          "liquidated damages",
          "change control",
          "most favored",
          "non-compete",
          "trade secret",
          "force majeure",
          "audit records",
          "minimum purchase",
          "exclusive distributor",
          "insurance coverage",
          "termination convenience",
          "license grant",
          "royalty payments",
          "\"governing law\"",
          "\"written notice\"",
          "confidential -information",
          "escrow or arbitration",
          "payment terms net",
          "covered defense information",
          "human involvement targeting",
          "mass surveillance persons",
          "assign without consent",
          "limitation of liability",
          "warranty period months",
          "right of first refusal",
          "252.204-7012");

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = Integer.getInteger("rounds", 5);
    int users = Integer.getInteger("users", 1);
    double rate = Double.parseDouble(System.getProperty("rate", "0"));
    String base = System.getProperty("base", "http://localhost:8080");
    String url = env("CLAUSEWATCH_DB_URL", "jdbc:postgresql://localhost:15432/clausewatch");
    String dbUser = env("CLAUSEWATCH_DB_USER", "postgres");
    String dbPassword = env("CLAUSEWATCH_DB_PASSWORD", "postgres");

    try (Connection db = DriverManager.getConnection(url, dbUser, dbPassword)) {
      System.out.printf(
          "%,d contracts, %,d clauses; %d queries, %d timed rounds each, %d user(s), %s%n",
          count(db, "contract"),
          count(db, "clause"),
          QUERIES.size(),
          rounds,
          users,
          rate > 0 ? String.format("%.1f requests/s offered (open loop)", rate) : "closed loop");

      List<HttpClient> clients = new ArrayList<>();
      for (int i = 0; i < users; i++) {
        clients.add(ListBenchmark.signedInClient(base));
      }
      for (String q : QUERIES) {
        ListBenchmark.get(clients.get(0), page(base, q));
      }
      Map<String, List<Double>> pageTimes = new TreeMap<>();
      ExecutorService pool = Executors.newFixedThreadPool(users);
      List<Future<?>> running = new ArrayList<>();
      long start = System.nanoTime();
      OpenLoop schedule = new OpenLoop(start, users, rate);
      for (int u = 0; u < users; u++) {
        HttpClient http = clients.get(u);
        Random random = new Random(u);
        long first = schedule.firstDue(u);
        running.add(
            pool.submit(
                () -> {
                  List<String> order = new ArrayList<>(QUERIES);
                  long due = first;
                  for (int r = 0; r < rounds; r++) {
                    Collections.shuffle(order, random);
                    for (String q : order) {
                      long t0 = schedule.await(due);
                      due = schedule.next(due);
                      ListBenchmark.get(http, page(base, q));
                      double ms = (System.nanoTime() - t0) / 1e6;
                      synchronized (pageTimes) {
                        pageTimes.computeIfAbsent(q, k -> new ArrayList<>()).add(ms);
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();

      List<Double> pages = new ArrayList<>();
      List<Double> sqls = new ArrayList<>();
      List<String> seqScans = new ArrayList<>();
      double worstRatio = 0;
      String worst = null;
      System.out.printf("%-32s %9s %9s %8s%n", "query", "page p50", "SQL ms", "ratio");
      for (String q : QUERIES) {
        List<Double> times = pageTimes.get(q);
        Collections.sort(times);
        double page = ListBenchmark.percentile(times, 50);
        double sql = explain(db, q, seqScans);
        pages.addAll(times);
        sqls.add(sql);
        double ratio = page / Math.max(sql, 0.001);
        if (ratio > worstRatio) {
          worstRatio = ratio;
          worst = q;
        }
        System.out.printf("%-32s %9.1f %9.1f %8.2f%n", q, page, sql, ratio);
      }
      Collections.sort(pages);
      Collections.sort(sqls);
      double p95page = ListBenchmark.percentile(pages, 95);
      double p95sql = ListBenchmark.percentile(sqls, 95);
      System.out.printf(
          "page: p50 %.1f ms, p95 %.1f ms, max %.1f ms; %.1f requests/s%n",
          ListBenchmark.percentile(pages, 50),
          p95page,
          pages.get(pages.size() - 1),
          pages.size() / seconds);
      System.out.printf(
          "SQL (EXPLAIN ANALYZE, facets + page): p50 %.1f ms, p95 %.1f ms%n",
          ListBenchmark.percentile(sqls, 50), p95sql);
      System.out.printf(
          "p95 page / p95 SQL = %.2f (goal <= 2); worst single query: %s at %.2f%n",
          p95page / Math.max(p95sql, 0.001), worst, worstRatio);
      System.out.printf(
          "sequential scans in the plans: %s%n", seqScans.isEmpty() ? "none" : seqScans);
    }
  }

  private static URI page(String base, String q) {
    return URI.create(base + "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
  }

  /** EXPLAIN ANALYZE of both statements as the TOP SECRET manager: their execution ms. */
  private static double explain(Connection db, String q, List<String> seqScans) throws Exception {
    SearchSql sql = SearchSql.of(new SearchRequest(q, null, null, null, null, null, 1, 20), 3);
    return explain(db, sql.facets(), sql.facetParameters(), q, seqScans)
        + explain(db, sql.page(), sql.pageParameters(), q, seqScans);
  }

  private static final Pattern NAMED = Pattern.compile(":([a-z]+)");
  private static final Pattern EXECUTION = Pattern.compile("\"Execution Time\": ([0-9.]+)");
  private static final Pattern SEQ_SCAN =
      Pattern.compile("\"Node Type\": \"Seq Scan\",[^}]*?\"Relation Name\": \"([a-z_]+)\"");

  private static double explain(
      Connection db, String named, Map<String, Object> parameters, String q, List<String> seqScans)
      throws Exception {
    List<Object> values = new ArrayList<>();
    Matcher m = NAMED.matcher(named);
    StringBuilder positional = new StringBuilder();
    while (m.find()) {
      values.add(parameters.get(m.group(1)));
      m.appendReplacement(positional, "?");
    }
    m.appendTail(positional);
    try (PreparedStatement st =
        db.prepareStatement("explain (analyze, format json) " + positional)) {
      for (int i = 0; i < values.size(); i++) {
        st.setObject(i + 1, values.get(i));
      }
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        String plan = rs.getString(1);
        Matcher scan = SEQ_SCAN.matcher(plan);
        while (scan.find()) {
          seqScans.add(q + ": " + scan.group(1));
        }
        Matcher time = EXECUTION.matcher(plan);
        return time.find() ? Double.parseDouble(time.group(1)) : 0;
      }
    }
  }

  private static long count(Connection db, String table) throws Exception {
    try (var st = db.createStatement();
        var rs = st.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
