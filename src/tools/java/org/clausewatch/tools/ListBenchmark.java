package org.clausewatch.tools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the contract list as a user gets it, per kind of request (first view, filters, sort, page 1
 * and page 2,000, the contract page), and the SQL time PostgreSQL spent on the same requests (from
 * {@code pg_stat_statements}), so the page/SQL ratio can be read.
 *
 * <pre>mvn -Pbenchmark [-Drequests=30] [-Dbase=http://localhost:8080]</pre>
 *
 * With {@code -Dusers=16 [-Dseconds=60]} it runs that many signed-in users at once instead, each
 * sending list requests with random filters, sorts and pages (and contract pages) for the given
 * time, and prints p50/p95/max per kind of request and the requests per second in total; then 16
 * sign-ins of one user at the same moment, with the slowest one's time. Each user sends its next
 * request as soon as the previous one is answered (a closed loop: the figure is the most the server
 * answers), unless {@code -Drate=60} asks for that many requests per second in total, spread evenly
 * over the users on a fixed schedule (an open loop); a request is then timed from the moment it was
 * due, so time spent waiting behind a slow answer counts.
 *
 * <p>With {@code -Dpostbacks=300} it times postbacks of one view instead ({@link
 * PostbackBenchmark}).
 *
 * <p>Run {@code mvn -Prun} and {@code mvn -Pgenerate} first. The client is on loopback, so the
 * request time is the server's time plus a fraction of a millisecond.
 */
public final class ListBenchmark {

  private ListBenchmark() {}

  public static void main(String[] args) throws Exception {
    int requests = Integer.getInteger("requests", 30);
    String base = System.getProperty("base", "http://localhost:8080");
    int postbacks = Integer.getInteger("postbacks", 0);
    if (postbacks > 0) {
      PostbackBenchmark.run(base, Math.max(1, Integer.getInteger("users", 4)), postbacks);
      return;
    }
    String url = env("CLAUSEWATCH_DB_URL", "jdbc:postgresql://localhost:15432/clausewatch");
    String user = env("CLAUSEWATCH_DB_USER", "postgres");
    String password = env("CLAUSEWATCH_DB_PASSWORD", "postgres");

    try (Connection db = DriverManager.getConnection(url, user, password)) {
      long contracts = scalar(db, "select count(*) from contract");
      String sample = text(db, "select number from contract order by id desc limit 1");
      boolean sqlTimes = enableStatementStatistics(db);
      System.out.printf(
          "%,d contracts; %d timed requests per kind after 3 warm-ups%n", contracts, requests);

      Map<String, String> kinds = new LinkedHashMap<>();
      kinds.put("first view", "/contracts");
      kinds.put("filter status+marking", "/contracts?status=ACTIVE&classification=SECRET");
      kinds.put("filter text+party", "/contracts?q=cloud&party=vendor%2000042");
      kinds.put("filter common party", "/contracts?party=agency");
      kinds.put("filter needs attention", "/contracts?attention=true");
      kinds.put("filter ceiling range", "/contracts?min=1000000&max=2000000");
      kinds.put("filter by clause flag", "/contracts?flag=TEXT_GOVERNING_LAW");
      kinds.put("filter by deadline flag", "/contracts?flag=DEADLINE_OVERDUE");
      kinds.put("filter obligation flag", "/contracts?flag=OBLIGATION_OVERDUE");
      kinds.put("sort ceiling desc", "/contracts?sort=ceiling&dir=desc");
      kinds.put("sort marking desc", "/contracts?sort=classification&dir=desc");
      kinds.put("sort vendor", "/contracts?sort=vendor");
      kinds.put("most urgent first", "/contracts?attention=true&sort=urgency");
      kinds.put("urgency, page 2000 jump", "/contracts?sort=urgency&page=2000");
      kinds.put("page 1 by title", "/contracts?sort=title&page=1");
      // Page 2,000 as the user reaches it with "next" from page 1,999, or from the address bar's
      // bookmark of it (the cursor: the last contract of page 1,999); then the same page asked by
      // its number alone (offset, as from the paginator's page links or an old bookmark).
      kinds.put("page 2000 by title", null);
      kinds.put("page 2000 jump", "/contracts?sort=title&page=2000");
      kinds.put("contract page", "/contracts/view?number=" + sample);
      kinds.put("overview", "/");

      int users = Integer.getInteger("users", 1);
      if (users > 1) {
        double rate = Double.parseDouble(System.getProperty("rate", "0"));
        ConcurrentLoad.run(
            base, users, Integer.getInteger("seconds", 60), rate, sample, db, sqlTimes);
        return;
      }
      HttpClient http = signedInClient(base);
      kinds.put(
          "page 2000 by title",
          "/contracts?sort=title&page=2000&after="
              + lastNumberOn(http, URI.create(base + "/contracts?sort=title&page=1999")));
      System.out.printf(
          "%-24s %8s %8s %8s %10s %10s %8s%n",
          "request", "p50 ms", "p95 ms", "max ms", "SQL ms/req", "stmts/req", "page/SQL");
      for (Map.Entry<String, String> kind : kinds.entrySet()) {
        URI uri = URI.create(base + kind.getValue());
        for (int i = 0; i < 3; i++) {
          get(http, uri);
        }
        if (sqlTimes) {
          execute(db, "select pg_stat_statements_reset()");
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
          long start = System.nanoTime();
          get(http, uri);
          times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        double p50 = percentile(times, 50);
        double p95 = percentile(times, 95);
        double max = times.get(times.size() - 1);
        if (sqlTimes) {
          double[] sql = sqlTime(db);
          double perRequest = sql[0] / requests;
          System.out.printf(
              "%-24s %8.1f %8.1f %8.1f %10.1f %10.1f %8.1f%n",
              kind.getKey(),
              p50,
              p95,
              max,
              perRequest,
              sql[1] / requests,
              perRequest == 0 ? 0 : p50 / perRequest);
        } else {
          System.out.printf(
              "%-24s %8.1f %8.1f %8.1f %10s %10s %8s%n",
              kind.getKey(), p50, p95, max, "n/a", "n/a", "n/a");
        }
      }
    }
  }

  /** A client with its own session, signed in as the benchmark user. */
  static HttpClient signedInClient(String base) throws IOException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new java.net.CookieManager())
            .build();
    signIn(
        http,
        base,
        System.getProperty("benchmark.user", "manager"),
        System.getProperty("benchmark.password", "clausewatch-demo"));
    return http;
  }

  /**
   * Signs in through the form, as a browser would (demo user "manager", cleared for TOP SECRET,
   * unless -Dbenchmark.user/-Dbenchmark.password say otherwise).
   */
  static void signIn(HttpClient http, String base, String user, String password)
      throws IOException, InterruptedException {
    String page =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String form =
        "signin=signin&sign-in=Sign+in&username="
            + encode(user)
            + "&password="
            + encode(password)
            + "&jakarta.faces.ViewState="
            + encode(find(page, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""))
            + "&primefaces.nonce="
            + encode(find(page, "PrimeFaces\\.csp\\.init\\('([^']+)'\\)"));
    HttpResponse<Void> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                    "Origin",
                    URI.create(base).getScheme() + "://" + URI.create(base).getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    if (answer.statusCode() != 302) {
      throw new IllegalStateException("Sign-in as " + user + " failed: " + answer.statusCode());
    }
  }

  private static String find(String text, String regex) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("Not on the sign-in page: " + regex);
    }
    return m.group(1);
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The number of the last contract a list page shows (what its "next" cursor carries). */
  static String lastNumberOn(HttpClient http, URI uri) throws IOException, InterruptedException {
    String body =
        http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString())
            .body();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("<a [^>]*class=\"contract-number\"[^>]*>([^<]+)</a>")
            .matcher(body);
    String last = null;
    while (m.find()) {
      last = m.group(1).strip();
    }
    if (last == null) {
      throw new IllegalStateException(uri + " shows no contract");
    }
    return encode(last);
  }

  static void get(HttpClient http, URI uri) throws IOException, InterruptedException {
    HttpResponse<Void> response =
        http.send(
            HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(uri + " answered " + response.statusCode());
    }
  }

  static double percentile(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /** Total execution ms and calls of the application's statements since the last reset. */
  static double[] sqlTime(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select coalesce(sum(total_exec_time), 0), coalesce(sum(calls), 0)"
                    + " from pg_stat_statements where dbid = (select oid from pg_database"
                    + " where datname = current_database()) and query not like '%pg_stat_statements%'"
                    + " and query not like '%flyway_schema_history%'"
                    + " and query !~* '^(begin|commit|rollback|set |show )'")) {
      rs.next();
      return new double[] {rs.getDouble(1), rs.getDouble(2)};
    }
  }

  private static boolean enableStatementStatistics(Connection db) {
    try {
      execute(db, "create extension if not exists pg_stat_statements");
      execute(db, "select pg_stat_statements_reset()");
      return true;
    } catch (SQLException e) {
      System.out.println(
          "SQL times unavailable (pg_stat_statements not loaded): " + e.getMessage());
      return false;
    }
  }

  static void execute(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    }
  }

  private static long scalar(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String text(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : "NONE";
    }
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
