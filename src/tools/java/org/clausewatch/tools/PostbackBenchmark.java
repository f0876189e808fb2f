package org.clausewatch.tools;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times postbacks as a view is used: each of several signed-in users (legal staff) opens the demo
 * contract's clause H-1 and posts its annotation form, with a selection that does not read, again
 * and again in the same view, as someone correcting a refused form does. The time of a postback
 * must not grow with the number of earlier ones (it did before 2026-12-06: PrimeFaces' head
 * resources were added while rendering and replayed on every later postback).
 *
 * <pre>mvn -Pbenchmark -Dpostbacks=300 -Dusers=4</pre>
 *
 * It prints p50/p95/max of the postbacks per stretch of the view's life (the first 50, up to 150,
 * and the rest), per user and all together, and checks that every answer refused the form and that
 * no annotation was written. Run {@code mvn -Prun} first (the demo data; demo user "counsel" unless
 * -Dbenchmark.user/-Dbenchmark.password say otherwise).
 */
final class PostbackBenchmark {

  private static final String PAGE = "/clauses/view?contract=HQ0034-24-C-0200&clause=H-1";
  private static final Pattern FORM =
      Pattern.compile(
          "<form[^>]*id=\"annotate\"[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private PostbackBenchmark() {}

  static void run(String base, int users, int postbacks) throws Exception {
    String url =
        ListBenchmark.env("CLAUSEWATCH_DB_URL", "jdbc:postgresql://localhost:15432/clausewatch");
    String dbUser = ListBenchmark.env("CLAUSEWATCH_DB_USER", "postgres");
    String dbPassword = ListBenchmark.env("CLAUSEWATCH_DB_PASSWORD", "postgres");
    String user = System.getProperty("benchmark.user", "counsel");
    String password = System.getProperty("benchmark.password", "clausewatch-demo");
    long annotationsBefore;
    try (Connection db = DriverManager.getConnection(url, dbUser, dbPassword)) {
      annotationsBefore = annotations(db);
    }
    List<HttpClient> clients = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      HttpClient client =
          HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
      ListBenchmark.signIn(client, base, user, password);
      clients.add(client);
    }
    ExecutorService pool = Executors.newFixedThreadPool(users);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<double[]>> running = new ArrayList<>();
    long started = System.nanoTime();
    try {
      for (HttpClient client : clients) {
        running.add(
            pool.submit(
                () -> {
                  start.await();
                  return postInOneView(client, base, postbacks);
                }));
      }
      start.countDown();
      List<double[]> perUser = new ArrayList<>();
      for (Future<double[]> f : running) {
        perUser.add(f.get());
      }
      double elapsed = (System.nanoTime() - started) / 1e9;
      long annotationsAfter;
      try (Connection db = DriverManager.getConnection(url, dbUser, dbPassword)) {
        annotationsAfter = annotations(db);
      }
      print(users, postbacks, perUser, elapsed, annotationsAfter - annotationsBefore);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Opens the page once and posts its refused form {@code postbacks} times; the times in ms. */
  private static double[] postInOneView(HttpClient http, String base, int postbacks)
      throws Exception {
    String page = send(http, HttpRequest.newBuilder(URI.create(base + PAGE)).GET().build());
    String origin = URI.create(base).getScheme() + "://" + URI.create(base).getAuthority();
    double[] times = new double[postbacks];
    for (int i = 0; i < postbacks; i++) {
      Matcher form = FORM.matcher(page);
      if (!form.find()) {
        throw new IllegalStateException("no annotation form on " + PAGE + " (post " + i + ")");
      }
      String body =
          "annotate=annotate&annotate%3Astart=not-a-number&annotate%3Aend=7"
              + "&annotate%3Awords=Prohibited&annotate%3Akind=COMMENT"
              + "&annotate%3Abody=Timed+by+the+postback+benchmark&annotate%3Asave=Save"
              + "&jakarta.faces.ViewState="
              + encode(find(VIEW_STATE, page))
              + "&primefaces.nonce="
              + encode(find(NONCE, page));
      HttpRequest post =
          HttpRequest.newBuilder(URI.create(origin + form.group(1).replace("&amp;", "&")))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Origin", origin)
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      long t0 = System.nanoTime();
      page = send(http, post);
      times[i] = (System.nanoTime() - t0) / 1e6;
      if (!page.contains("field-message") || !FORM.matcher(page).find()) {
        throw new IllegalStateException("post " + i + " was not refused on the same page");
      }
    }
    return times;
  }

  private static void print(
      int users, int postbacks, List<double[]> perUser, double elapsed, long annotationsWritten) {
    Map<String, int[]> stretches = new LinkedHashMap<>();
    stretches.put("posts 1-50", new int[] {0, Math.min(50, postbacks)});
    if (postbacks > 50) {
      stretches.put("posts 51-150", new int[] {50, Math.min(150, postbacks)});
    }
    if (postbacks > 150) {
      stretches.put("posts 151-" + postbacks, new int[] {150, postbacks});
    }
    System.out.printf(
        "%d users, each posting a refused form %d times in one view: %.1f postbacks/s in all,"
            + " %d annotations written (0 expected)%n",
        users, postbacks, users * postbacks / elapsed, annotationsWritten);
    System.out.printf("%-20s %8s %8s %8s%n", "stretch", "p50 ms", "p95 ms", "max ms");
    for (Map.Entry<String, int[]> stretch : stretches.entrySet()) {
      List<Double> all = new ArrayList<>();
      for (double[] times : perUser) {
        for (int i = stretch.getValue()[0]; i < stretch.getValue()[1]; i++) {
          all.add(times[i]);
        }
      }
      Collections.sort(all);
      System.out.printf(
          "%-20s %8.1f %8.1f %8.1f%n",
          stretch.getKey(),
          ListBenchmark.percentile(all, 50),
          ListBenchmark.percentile(all, 95),
          all.get(all.size() - 1));
    }
    if (annotationsWritten != 0) {
      throw new IllegalStateException(annotationsWritten + " annotations written by refused posts");
    }
  }

  private static String send(HttpClient http, HttpRequest request) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
    }
    return response.body();
  }

  private static String find(Pattern pattern, String page) {
    Matcher m = pattern.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("not on the clause page: " + pattern);
    }
    return m.group(1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static long annotations(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from annotation")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
