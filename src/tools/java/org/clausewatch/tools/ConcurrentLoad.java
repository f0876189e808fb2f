package org.clausewatch.tools;

import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many signed-in users at once (part of {@link ListBenchmark}): each sends list requests with
 * random filters, sorts and pages, and sometimes opens a contract, for a bounded time: as fast as
 * answers come (closed loop), or at a given total rate on a fixed schedule (open loop, timed from
 * when each request was due). Loopback only; every loop stops by itself.
 */
final class ConcurrentLoad {

  private static final String[] SORTS = {
    "number", "title", "type", "buyer", "vendor", "status", "classification", "ceiling", "urgency"
  };
  private static final String[] STATUSES = {"ACTIVE", "NEGOTIATING", "DRAFT", "SUSPENDED"};
  private static final String[] MARKINGS = {"UNCLASSIFIED", "CUI", "SECRET"};
  private static final String[] WORDS = {"cloud", "data", "analytics", "secure", "model"};

  private ConcurrentLoad() {}

  static void run(
      String base,
      int users,
      int seconds,
      double rate,
      String sampleContract,
      Connection db,
      boolean sqlTimes)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(users);
    try {
      List<HttpClient> clients = new ArrayList<>();
      for (int i = 0; i < users; i++) {
        clients.add(ListBenchmark.signedInClient(base));
      }
      for (HttpClient client : clients) {
        ListBenchmark.get(client, URI.create(base + "/contracts"));
      }
      List<String> nextPages = deepNextPages(base, clients.get(0));
      if (sqlTimes) {
        ListBenchmark.execute(db, "select pg_stat_statements_reset()");
      }
      Map<String, List<Double>> times = new ConcurrentHashMap<>();
      AtomicLong failures = new AtomicLong();
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> running = new ArrayList<>();
      long started = System.nanoTime();
      OpenLoop schedule = new OpenLoop(started, users, rate);
      for (int u = 0; u < users; u++) {
        HttpClient client = clients.get(u);
        Random random = new Random(42L + u);
        long first = schedule.firstDue(u);
        running.add(
            pool.submit(
                () -> {
                  start.await();
                  long due = first;
                  while (System.nanoTime() < end) {
                    String[] request = randomRequest(random, sampleContract, nextPages);
                    if (schedule.open() && due >= end) {
                      break;
                    }
                    long t0 = schedule.await(due);
                    due = schedule.next(due);
                    try {
                      ListBenchmark.get(client, URI.create(base + request[1]));
                      times
                          .computeIfAbsent(
                              request[0], k -> Collections.synchronizedList(new ArrayList<>()))
                          .add((System.nanoTime() - t0) / 1e6);
                    } catch (RuntimeException e) {
                      failures.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : running) {
        f.get();
      }
      double elapsed = (System.nanoTime() - started) / 1e9;
      long total = times.values().stream().mapToLong(List::size).sum();
      System.out.printf(
          "%d users for %d s%s: %,d requests, %.1f requests/s, %d failed%n",
          users,
          seconds,
          rate > 0
              ? String.format(" at %.1f requests/s offered (open loop)", rate)
              : " (closed loop)",
          total,
          total / elapsed,
          failures.get());
      System.out.printf(
          "%-22s %8s %8s %8s %8s%n", "request", "count", "p50 ms", "p95 ms", "max ms");
      for (Map.Entry<String, List<Double>> kind : new TreeMap<>(times).entrySet()) {
        List<Double> sorted = new ArrayList<>(kind.getValue());
        Collections.sort(sorted);
        System.out.printf(
            "%-22s %8d %8.1f %8.1f %8.1f%n",
            kind.getKey(),
            sorted.size(),
            ListBenchmark.percentile(sorted, 50),
            ListBenchmark.percentile(sorted, 95),
            sorted.get(sorted.size() - 1));
      }
      if (sqlTimes) {
        double[] sql = ListBenchmark.sqlTime(db);
        System.out.printf(
            "SQL: %.1f ms and %.1f statements per request on average%n",
            sql[0] / total, sql[1] / total);
      }
      signInStorm(base, users, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Deep pages as users reach them with "next" (or reopen them from the address bar): for each sort
   * and direction, the page after a random page between 1,000 and 4,000, with its cursor. Read
   * before the timed part.
   */
  private static List<String> deepNextPages(String base, HttpClient client) throws Exception {
    Random random = new Random(7);
    List<String> pages = new ArrayList<>();
    for (String sort : SORTS) {
      for (String dir : new String[] {"", "&dir=desc"}) {
        int page = 1000 + random.nextInt(3000);
        String list = "/contracts?sort=" + sort + dir;
        String last = ListBenchmark.lastNumberOn(client, URI.create(base + list + "&page=" + page));
        pages.add(list + "&page=" + (page + 1) + "&after=" + last);
      }
    }
    return pages;
  }

  /** One of the request kinds, with random filters, sort and page: {kind, path and query}. */
  static String[] randomRequest(Random random, String sampleContract, List<String> nextPages) {
    String sort =
        "&sort=" + SORTS[random.nextInt(SORTS.length)] + (random.nextBoolean() ? "&dir=desc" : "");
    int kind = random.nextInt(12);
    return switch (kind) {
      case 0 -> new String[] {"contract page", "/contracts/view?number=" + sampleContract};
      case 1 -> new String[] {"first view", "/contracts"};
      case 2 ->
          new String[] {
            "filter status+marking",
            "/contracts?status="
                + STATUSES[random.nextInt(STATUSES.length)]
                + "&classification="
                + MARKINGS[random.nextInt(MARKINGS.length)]
                + sort
          };
      case 3 ->
          new String[] {
            "filter text", "/contracts?q=" + WORDS[random.nextInt(WORDS.length)] + sort
          };
      case 4 ->
          new String[] {
            "filter party",
            "/contracts?party=vendor%20" + String.format("%05d", random.nextInt(2000)) + sort
          };
      case 5 -> new String[] {"needs attention", "/contracts?attention=true" + sort};
      case 6 ->
          new String[] {
            "ceiling range",
            "/contracts?min=" + (1 + random.nextInt(9)) * 1_000_000 + "&max=20000000" + sort
          };
      case 7 -> new String[] {"deep next page", nextPages.get(random.nextInt(nextPages.size()))};
      case 8 ->
          new String[] {
            "deep page jump", "/contracts?page=" + (1000 + random.nextInt(3000)) + sort
          };
      case 9 -> new String[] {"overview", "/"};
      default -> new String[] {"sorted page", "/contracts?page=" + (1 + random.nextInt(50)) + sort};
    };
  }

  /** N sign-ins of the same user at the same moment: the slowest one's time. */
  private static void signInStorm(String base, int users, ExecutorService pool) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Double>> results = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      results.add(
          pool.submit(
              () -> {
                go.await();
                long t0 = System.nanoTime();
                ListBenchmark.signedInClient(base);
                return (System.nanoTime() - t0) / 1e6;
              }));
    }
    go.countDown();
    List<Double> times = new ArrayList<>();
    for (Future<Double> f : results) {
      times.add(f.get());
    }
    Collections.sort(times);
    System.out.printf(
        "%d sign-ins of one user at once: p50 %.0f ms, slowest %.0f ms%n",
        users, ListBenchmark.percentile(times, 50), times.get(times.size() - 1));
  }
}
