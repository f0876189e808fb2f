package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.clausewatch.testing.Deployments;
import org.clausewatch.testing.HostilePayloads;
import org.clausewatch.testing.SeedStory;
import org.clausewatch.testing.TestDatabase;
import org.clausewatch.testing.TestUsers;
import org.clausewatch.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The standing hostile-input suite (issue #11): every payload of the corpus ({@link
 * HostilePayloads}, over 200) against every URL parameter of every page and every field of every
 * form, each as a role that may use it. Each answer must be: no 500 and no stack trace, no payload
 * printed unescaped, no expression evaluated, no header injected; a form post either refused with a
 * message or stored exactly as sent (checked on the page the save leads to). A new page or form is
 * added to the lists below; the counts go to {@code target/hostile-input.txt} for docs/security.md.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

  private static final List<String> PAYLOADS = HostilePayloads.all();

  /** Requests in flight at once: the suite must stay within CI's time on two cores. */
  private static final int PARALLEL = 6;

  // 401: a refused sign-in
  private static final Set<Integer> HONEST = Set.of(200, 302, 303, 400, 401, 403, 404);

  private static final Pattern STACK_TRACE =
      Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)|Exception:");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.asBuilt();
  }

  @ArquillianResource URL base;

  private final List<String> failures = new ArrayList<>();
  private int requests;
  private final Set<String> inputs = new java.util.TreeSet<>();
  private final List<String> timings = new ArrayList<>();
  private int stored;
  private int refused;

  private String contract;
  private String draft;
  private String xai;
  private long restriction;
  private String restrictedClause;
  private long deadline;
  private long dispute;
  private long obligation;
  private long series;
  private long topic;
  private long settling;

  private void seed() throws SQLException {
    String suffix = TestDatabase.uniqueSuffix();
    contract = SeedStory.anthropicContract(suffix);
    xai = SeedStory.xaiContract(suffix);
    try (Connection c = TestDatabase.connect();
        Statement s = c.createStatement()) {
      SeedStory.Handles story = SeedStory.insertAndFind(c, suffix);
      restriction = story.restriction();
      restrictedClause = story.restrictedClause();
      deadline = story.deadline();
      dispute = story.dispute();
      // The open obligation: its change form and its settle page (its due date); the recurring
      // one: its end form.
      obligation = story.obligation();
      series = story.series();
      topic = SeedStory.topic(c, "Hostile topic " + suffix, contract);
      // The settle form's own obligation: the edit form, posting at the same time, may store a
      // payload that is a valid date as the other one's due date, and 2027-03-31 is then not owed.
      settling = SeedStory.obligation(c, contract, "Hostile settle target", null);
      // One annotation, so that its thread's reply form is there.
      s.executeUpdate(
          "insert into annotation (id, version, contract_id, clause_id, kind, body, quote_exact,"
              + " quote_prefix, quote_suffix, quote_start, quote_end, made_on_version,"
              + " anchor_state, anchor_start, anchor_end, anchored_on_version, state, author,"
              + " created_at) select nextval('annotation_seq'), 0, cl.contract_id, cl.id,"
              + " 'COMMENT', 'Seed note', substr(cl.text, 1, 12), '', substr(cl.text, 13, 32), 0,"
              + " 12, cl.version, 'ANCHORED', 0, 12, cl.version, 'OPEN', 'hostile-seed', now()"
              + " from clause cl join contract k on k.id = cl.contract_id where k.number = '"
              + contract
              + "' and cl.number = '"
              + restrictedClause
              + "'");
      // A draft, whose edit form has the number field (a number is corrected before award).
      draft = "HD-" + suffix;
      s.executeUpdate(
          "insert into contract (id, version, number, title, type, buyer_id, vendor_id, status,"
              + " ceiling_amount, ceiling_currency, obligated_amount, classification) values"
              + " (nextval('contract_seq'), 0, '"
              + draft
              + "', 'Hostile draft', 'OTHER', (select id from party where name = 'U.S."
              + " Department of Defense'), (select id from party where name = 'Anthropic'),"
              + " 'DRAFT', 1000, 'USD', 0, 'UNCLASSIFIED')");
      // The withdrawal form's authorisation, granted in a far future: every withdrawal date is
      // before the grant or after today, so every post is refused and the form stays (a
      // successful one would leave nothing to withdraw, and the form would go).
      s.executeUpdate(
          "insert into contract_authorisation (contract_id, position, description, granted_on)"
              + " select id, 0, 'Hostile withdrawal target', date '2999-12-31' from contract"
              + " where number = '"
              + xai
              + "'");
      // Written by SQL: its first version in the audit trail, as the application's own have.
      s.execute("select audit_baseline('hostile-input seed')");
    }
  }

  private WebClient as(String clearance, String role) throws IOException, InterruptedException {
    return new WebClient(base)
        .signedInAs(
            TestUsers.create(TestUsers.unique("hostile-" + role.toLowerCase()), clearance, role));
  }

  @Test
  void everyUrlParameterAnswersEveryHostileValueHonestly() throws Exception {
    seed();
    WebClient officer = as("SECRET", "CONTRACTING_OFFICER");
    WebClient legal = as("SECRET", "LEGAL");
    WebClient manager = as("CUI", "MANAGER");
    WebClient admin = as("UNCLASSIFIED", "ADMINISTRATOR");
    record Page(WebClient client, String path, Map<String, String> fixed, List<String> attacked) {}
    List<Page> pages =
        List.of(
            new Page(
                manager,
                "/contracts",
                Map.of(),
                List.of(
                    "q",
                    "party",
                    "type",
                    "status",
                    "classification",
                    "min",
                    "max",
                    "attention",
                    "flag",
                    "page",
                    "size",
                    "sort",
                    "dir")),
            new Page(manager, "/contracts", Map.of("page", "2"), List.of("after", "before")),
            new Page(manager, "/contracts/export.csv", Map.of(), List.of("q", "party", "min")),
            new Page(
                manager,
                "/search",
                Map.of("q", "surveillance"),
                List.of("q", "kind", "status", "classification", "category", "party", "page")),
            new Page(manager, "/contracts/view", Map.of(), List.of("number")),
            new Page(manager, "/contracts/history", Map.of(), List.of("number")),
            new Page(manager, "/parties", Map.of(), List.of("q", "page")),
            new Page(manager, "/parties/view", Map.of(), List.of("name")),
            new Page(manager, "/clauses/library", Map.of(), List.of("q", "page", "number")),
            new Page(officer, "/clauses/library", Map.of(), List.of("contract")),
            new Page(officer, "/contracts/edit", Map.of(), List.of("number")),
            new Page(officer, "/contracts/participants", Map.of(), List.of("number")),
            new Page(officer, "/parties/edit", Map.of(), List.of("name")),
            new Page(officer, "/clauses/new", Map.of(), List.of("contract")),
            new Page(
                officer,
                "/clauses/edit",
                Map.of("contract", contract, "clause", restrictedClause),
                List.of("contract", "clause")),
            new Page(
                legal,
                "/restrictions/edit",
                Map.of("contract", contract),
                List.of("contract", "clause", "id")),
            new Page(manager, "/clauses/view", Map.of(), List.of("contract", "clause")),
            new Page(
                manager,
                "/clauses/view",
                Map.of("contract", contract, "clause", restrictedClause),
                List.of("page", "annotation")),
            new Page(manager, "/topics/view", Map.of(), List.of("id")),
            new Page(legal, "/topics/edit", Map.of(), List.of("id")),
            new Page(manager, "/topics/export.csv", Map.of(), List.of("id")),
            new Page(manager, "/topics/export.xlsx", Map.of(), List.of("id")),
            new Page(
                legal,
                "/positions/edit",
                Map.of(
                    "contract",
                    contract,
                    "clause",
                    restrictedClause,
                    "restriction",
                    String.valueOf(restriction)),
                List.of("contract", "clause", "restriction", "revise")),
            new Page(
                legal,
                "/disputes/act",
                Map.of(
                    "contract",
                    contract,
                    "clause",
                    restrictedClause,
                    "id",
                    String.valueOf(dispute)),
                List.of("contract", "clause", "id")),
            new Page(officer, "/deadlines/new", Map.of(), List.of("contract")),
            new Page(officer, "/deadlines/manage", Map.of(), List.of("id")),
            new Page(officer, "/deadlines/edit", Map.of(), List.of("id")),
            new Page(officer, "/obligations/new", Map.of(), List.of("contract")),
            new Page(
                officer,
                "/obligations/settle",
                Map.of(
                    "contract", contract, "id", String.valueOf(obligation), "date", "2027-03-31"),
                List.of("contract", "id", "date")),
            new Page(
                officer,
                "/obligations/end",
                Map.of("contract", contract, "id", String.valueOf(series)),
                List.of("contract", "id")),
            new Page(
                officer,
                "/obligations/edit",
                Map.of("contract", contract, "id", String.valueOf(obligation)),
                List.of("contract", "id")),
            new Page(officer, "/modifications/new", Map.of(), List.of("contract")),
            new Page(admin, "/admin/users", Map.of(), List.of("q", "page", "user")),
            new Page(
                admin,
                "/admin/security-events",
                Map.of(),
                List.of("actor", "kind", "outcome", "from", "to", "page")),
            new Page(manager, "/alerts/notifications", Map.of(), List.of("page", "unread")),
            new Page(admin, "/admin/outbox", Map.of(), List.of("page", "all")),
            new Page(new WebClient(base), "/login", Map.of(), List.of("signedOut", "continue")));
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    List<Future<?>> sent = new ArrayList<>();
    for (Page page : pages) {
      for (String parameter : page.attacked()) {
        input(page.path() + "?" + parameter);
        for (String payload : PAYLOADS) {
          Map<String, String> query = new LinkedHashMap<>(page.fixed());
          query.put(parameter, payload);
          sent.add(
              pool.submit(
                  () -> {
                    HttpResponse<String> answer =
                        page.client().get(page.path() + "?" + WebClient.encode(query));
                    check(page.path() + "?" + parameter, payload, answer);
                    return null;
                  }));
        }
      }
    }
    finish(pool, sent);
    report("url");
    assertThat(failures).as("%d requests", requests).isEmpty();
  }

  /**
   * A form on a page: which field values make it valid ({n} is a counter), which are shown, and
   * which keep their valid value in every post (never attacked).
   */
  private record Form(
      WebClient client,
      String path,
      String formId,
      String button,
      Map<String, String> valid,
      Set<String> shown,
      Set<String> fixed,
      UnaryOperator<String> moved) {

    Form(
        WebClient client,
        String path,
        String formId,
        String button,
        Map<String, String> valid,
        Set<String> shown,
        Set<String> fixed) {
      this(client, path, formId, button, valid, shown, fixed, saved -> null);
    }

    Form(
        WebClient client,
        String path,
        String formId,
        String button,
        Map<String, String> valid,
        Set<String> shown) {
      this(client, path, formId, button, valid, shown, Set.of());
    }
  }

  @Test
  void everyFormFieldRefusesHostileValuesWithAMessageOrStoresThemExactly() throws Exception {
    seed();
    WebClient officer = as("SECRET", "CONTRACTING_OFFICER");
    WebClient legal = as("SECRET", "LEGAL");
    WebClient admin = as("UNCLASSIFIED", "ADMINISTRATOR");
    String target = TestUsers.create(TestUsers.unique("hostile-target"), "CUI", "MANAGER");
    List<Form> forms =
        List.of(
            new Form(
                officer,
                "/contracts/edit",
                "contract",
                "save",
                Map.of(
                    "number", "HI-{n}",
                    "title", "Hostile input {n}",
                    "buyer", "U.S. Department of Defense",
                    "vendor", "Anthropic",
                    "classification", "UNCLASSIFIED",
                    "ceiling", "1000",
                    "obligated", "0",
                    "award", "2026-01-01",
                    "start", "2026-01-01",
                    "end", "2026-12-31"),
                Set.of("title", "description")),
            new Form(
                officer,
                "/contracts/edit?number=" + draft,
                "contract",
                "save",
                Map.of(
                    "number", "HE-{n}",
                    "title", "Hostile draft {n}",
                    "ceiling", "1000",
                    "obligated", "0",
                    "award", "",
                    "start", "2026-01-01",
                    "end", "2026-12-31"),
                Set.of("title", "description"),
                Set.of(),
                // A payload that is a contract number renumbers the draft: its form moves along.
                saved -> saved.replace("/contracts/view", "/contracts/edit")),
            new Form(
                officer,
                "/parties/edit",
                "party",
                "save",
                Map.of("name", "Hostile party {n}"),
                Set.of("name", "description")),
            new Form(
                officer,
                "/contracts/participants?number=" + contract,
                "participant",
                "add",
                Map.of("party", "xAI", "role", "Role {n}"),
                Set.of("role")),
            new Form(
                officer,
                "/contracts/participants?number=" + contract,
                "authorisation",
                "authorise",
                Map.of("what", "Authorisation {n}", "granted", "2026-01-01"),
                Set.of("what")),
            new Form(
                officer,
                "/contracts/participants?number=" + xai,
                "withdrawal",
                "withdraw",
                Map.of("withdrawn-on", "2026-01-01", "reason", "Reason {n}"),
                Set.of()),
            new Form(
                officer,
                "/clauses/new?contract=" + contract,
                "clause",
                "save",
                Map.of("number", "HX-{n}", "heading", "Heading {n}", "text", "Text {n}"),
                Set.of("heading", "text")),
            new Form(
                officer,
                "/clauses/edit?contract=" + contract + "&clause=" + restrictedClause,
                "clause",
                "save",
                Map.of("heading", "Heading {n}", "text", "Text {n}", "note", "Typo {n}"),
                Set.of()),
            new Form(
                legal,
                "/restrictions/edit?contract=" + contract,
                "restriction",
                "save",
                Map.of("clause", restrictedClause, "use", "Use {n}"),
                Set.of()),
            new Form(
                legal,
                "/positions/edit?contract=" + contract + "&clause=" + restrictedClause,
                "position",
                "record",
                Map.of(
                    "party", "Anthropic",
                    "stance", "ACCEPTS_WITH_CONDITIONS",
                    "statement", "Statement {n}",
                    "statedOn", "2026-02-01",
                    "source", "Source {n}"),
                Set.of()),
            new Form(
                legal,
                "/clauses/view?contract=" + contract + "&clause=" + restrictedClause,
                "annotate",
                "save",
                Map.of("words", "clause text", "kind", "CONCERN", "body", "Note {n}"),
                Set.of("body")),
            new Form(
                legal,
                "/clauses/view?contract=" + contract + "&clause=" + restrictedClause,
                "a:0:thread",
                "send-reply",
                Map.of("reply", "Reply {n}"),
                Set.of("reply")),
            new Form(
                legal,
                "/topics",
                "topic",
                "create",
                Map.of("name", "Topic {n}", "description", "About {n}"),
                Set.of("name")),
            new Form(
                legal,
                "/topics/edit?id=" + topic,
                "topic-edit",
                "save",
                Map.of("name", "Edited topic {n}", "description", "About {n}"),
                Set.of("name", "description")),
            new Form(
                legal,
                "/disputes/act?contract="
                    + contract
                    + "&clause="
                    + restrictedClause
                    + "&id="
                    + dispute,
                "dispute",
                "save",
                Map.of("action", "ESCALATE", "note", "Note {n}"),
                Set.of()),
            new Form(
                officer,
                "/deadlines/new?contract=" + contract,
                "deadline",
                "save",
                Map.of(
                    "title", "Deadline {n}",
                    "due-date", "2027-01-15",
                    "due-time", "17:00",
                    "zone", "America/New_York"),
                Set.of("title")),
            new Form(
                officer,
                "/deadlines/manage?id=" + deadline,
                "extend",
                "extend-button",
                Map.of("date", "2099-{m}-15", "time", "17:00", "reason", "Reason {n}"),
                Set.of()),
            new Form(
                officer,
                "/deadlines/edit?id=" + deadline,
                "deadline",
                "save",
                Map.of("title", "Deadline {n}"),
                Set.of("title")),
            new Form(
                officer,
                "/deadlines/manage?id=" + deadline,
                "ladder",
                "save-ladder",
                Map.of("steps", "72h, 24h, due"),
                Set.of()),
            new Form(
                officer,
                "/obligations/new?contract=" + contract,
                "obligation",
                "save",
                Map.of("owing", "Anthropic", "description", "Obligation {n}", "due", "2027-03-31"),
                Set.of("description")),
            new Form(
                officer,
                "/obligations/edit?contract=" + contract + "&id=" + obligation,
                "obligation",
                "save",
                Map.of("owing", "Anthropic", "description", "Obligation {n}", "due", "2027-03-31"),
                Set.of("description")),
            new Form(
                officer,
                "/obligations/new?contract=" + contract,
                "obligation",
                "preview",
                Map.of(
                    "owing", "Anthropic",
                    "description", "Obligation {n}",
                    "rrule", "FREQ=MONTHLY;BYMONTHDAY=15"),
                Set.of()),
            // The last day owed stays empty, so no post ends the series and every payload
            // reaches the reason field (validated and shown again, never saved).
            new Form(
                officer,
                "/obligations/end?contract=" + contract + "&id=" + series,
                "end",
                "save",
                Map.of("last", ""),
                Set.of(),
                Set.of("last")),
            // No outcome is chosen, so no post settles the occurrence (the form would be gone)
            // and every payload reaches the note (validated and shown again, never saved).
            new Form(
                officer,
                "/obligations/settle?contract=" + contract + "&id=" + settling + "&date=2027-03-31",
                "settle",
                "save",
                Map.of("outcome", ""),
                Set.of()),
            new Form(
                officer,
                "/modifications/new?contract=" + contract,
                "modification",
                "save",
                Map.of(
                    "number", "P{p}",
                    "effective", "2026-06-01",
                    "description", "Modification {n}",
                    "funding", "1"),
                Set.of()),
            new Form(
                admin,
                "/admin/users",
                "create",
                "create-button",
                Map.of(
                    "username", "hostile-user-{n}",
                    "displayName", "Hostile user {n}",
                    "password", "a long enough password {n}",
                    "clearance", "UNCLASSIFIED"),
                Set.of()),
            new Form(
                admin,
                "/admin/users?user=" + target,
                "edit",
                "save",
                Map.of("displayName", "Target {n}", "clearance", "CUI"),
                Set.of()),
            new Form(
                admin,
                "/admin/users?user=" + target,
                "reset",
                "reset-password",
                Map.of("newPassword", "a long enough password {n}"),
                Set.of()),
            new Form(
                legal,
                "/alerts/settings",
                "watch-contract",
                "watch-contract-button",
                Map.of("number", contract),
                Set.of()),
            new Form(
                legal,
                "/alerts/settings",
                "preferences",
                "save-preferences",
                Map.of("zone", "UTC", "digest-at", "08:00"),
                Set.of()),
            new Form(
                legal,
                "/alerts/settings",
                "watch-party",
                "watch-party-button",
                Map.of("party", "Anthropic"),
                Set.of()),
            new Form(
                new WebClient(base),
                "/login",
                "signin",
                "sign-in",
                Map.of("username", "nobody-at-all", "password", "not the password"),
                Set.of()));
    AtomicInteger counter = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    List<Future<?>> sent = new ArrayList<>();
    for (Form form : forms) {
      sent.add(
          pool.submit(
              () -> {
                attack(form, counter);
                return null;
              }));
    }
    finish(pool, sent);
    report("form");
    assertThat(failures).as("%d requests", requests).isEmpty();
    assertThat(stored).as("some payloads were stored and found again").isPositive();
    assertThat(refused).as("some payloads were refused with a message").isPositive();
  }

  /** Waits for every request; a request that failed to be sent fails the test. */
  private static void finish(ExecutorService pool, List<Future<?>> sent) throws Exception {
    pool.shutdown();
    for (Future<?> request : sent) {
      request.get(10, TimeUnit.MINUTES);
    }
  }

  private synchronized void input(String name) {
    inputs.add(name);
  }

  private synchronized void outcome(boolean wasStored) {
    if (wasStored) {
      stored++;
    } else {
      refused++;
    }
  }

  /**
   * Two passes over a form. First, every payload reaches every field: request k puts payload (k +
   * j) of the corpus into field j, so after as many requests as there are payloads each field has
   * had each one (a request per payload and field would take CI too long). Then, for one field a
   * saved record shows (the first by name), each printable payload alone with valid values
   * elsewhere, so that a save can be checked against what was sent.
   */
  private void attack(Form form, AtomicInteger counter) throws IOException, InterruptedException {
    long started = System.nanoTime();
    Attempt attempt = new Attempt(form);
    List<String> fields =
        attempt.fields().stream()
            .filter(f -> !form.fixed().contains(f.substring(f.indexOf(':') + 1)))
            .toList();
    assertThat(fields).as("text fields of %s#%s", form.path(), form.formId()).isNotEmpty();
    fields.forEach(field -> input(form.path() + "#" + field));
    int size = PAYLOADS.size();
    for (int k = 0; k < size; k++) {
      Map<String, String> sent = new LinkedHashMap<>();
      for (int j = 0; j < fields.size(); j++) {
        sent.put(fields.get(j), PAYLOADS.get((k + j) % size));
      }
      attempt.post(sent, counter.incrementAndGet(), null);
    }
    for (String shown : form.shown().stream().sorted().limit(1).toList()) {
      String field = form.formId() + ":" + shown;
      for (String payload : PAYLOADS) {
        if (isPrintable(payload)) {
          attempt.post(Map.of(field, payload), counter.incrementAndGet(), field);
        }
      }
    }
    timing(form.path() + "#" + form.formId(), started);
  }

  /** How long a form's attack took, for the report (where CI's time goes). */
  private synchronized void timing(String what, long started) {
    timings.add(
        String.format(Locale.ROOT, "%6.1f s %s", (System.nanoTime() - started) / 1e9, what));
  }

  /** One client's way through a form: the page it shows now and its form element. */
  private final class Attempt {
    private final Form form;
    private String path;
    private HttpResponse<String> page;
    private Element html;

    Attempt(Form form) throws IOException, InterruptedException {
      this.form = form;
      this.path = form.path();
      reload();
    }

    private void reload() throws IOException, InterruptedException {
      page = form.client().get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      check(path + " (shown again after the hostile posts)", "", page);
      html = form(page.body(), form);
    }

    List<String> fields() {
      return html.select("input[name], textarea[name]").stream()
          .filter(e -> e.tagName().equals("textarea") || isTextInput(e.attr("type")))
          .map(e -> e.attr("name"))
          .distinct()
          .toList();
    }

    /** Posts the form with {@code sent} over its valid values; checks the answer. */
    void post(Map<String, String> sent, int n, String storedField)
        throws IOException, InterruptedException {
      Map<String, String> values = values(html, form, n);
      values.putAll(sent);
      values.put(WebClient.NONCE_PARAMETER, WebClient.nonce(page.body()));
      String context = form.path() + "#" + form.formId();
      String payload = String.join(" | ", sent.values());
      HttpResponse<String> answer = form.client().post(action(html), values);
      for (String value : sent.values()) {
        check(context, value, answer);
      }
      if (answer.statusCode() == 302) {
        outcome(true);
        String moved = form.moved().apply(location(answer));
        if (moved != null) {
          path = moved;
        }
        if (storedField != null) {
          String stored = sent.get(storedField);
          HttpResponse<String> after = form.client().get(location(answer));
          check(context + " (page after saving)", stored, after);
          if (!normalized(Jsoup.parse(after.body()).body().wholeText())
              .contains(normalized(stored.strip()))) {
            fail(context, stored, "saved, but not shown as sent on " + location(answer));
          }
        }
        reload();
      } else if (answer.statusCode() == 200) {
        Document after = Jsoup.parse(answer.body());
        if (after.select(".field-message, .message-error, .form-messages li").text().isBlank()) {
          fail(context, payload, "answered 200 without a message");
        } else {
          outcome(after.select(".message-error, .field-message").text().isBlank());
        }
        Element again = after.getElementById(form.formId());
        if (again == null) {
          reload();
        } else {
          page = answer;
          html = again;
        }
      } else {
        outcome(false);
        reload();
      }
    }
  }

  private static Element form(String page, Form form) {
    Document document = Jsoup.parse(page);
    Element html = document.getElementById(form.formId());
    if (html == null) {
      try {
        Files.writeString(Path.of("target", "hostile-missing-form.html"), page);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    assertThat(html)
        .as(
            "form %s on %s, page \"%s\": %s",
            form.formId(),
            form.path(),
            document.select("h1").text(),
            document.select(".form-messages, .field-message").text())
        .isNotNull();
    return html;
  }

  /** The form's current values, with the spec's valid ones, and the chosen button. */
  private static Map<String, String> values(Element html, Form form, int n) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Element e : html.select("input[name], textarea[name], select[name]")) {
      String name = e.attr("name");
      switch (e.tagName()) {
        case "textarea" -> values.put(name, e.wholeText());
        case "select" -> {
          Element option = e.selectFirst("option[selected]");
          if (option == null) {
            option =
                e.select("option").stream()
                    .filter(o -> !o.attr("value").isEmpty())
                    .findFirst()
                    .orElse(null);
          }
          values.put(name, option == null ? "" : option.attr("value"));
        }
        default -> {
          String type = e.attr("type");
          if (type.equals("submit") || type.equals("button")) {
            continue;
          }
          if ((type.equals("checkbox") || type.equals("radio")) && !e.hasAttr("checked")) {
            continue;
          }
          values.put(name, e.attr("value"));
        }
      }
    }
    form.valid()
        .forEach(
            (field, value) ->
                values.put(
                    prefix(html, form) + field,
                    value
                        .replace("{n}", String.valueOf(n))
                        .replace("{m}", String.format("%02d", 1 + n % 12))
                        .replace("{p}", String.format("%05d", 10 + n % 99_000))));
    values.put(prefix(html, form) + form.button(), "x");
    return values;
  }

  /** "form:" when the form's fields carry its id (most), "" when not (prependId="false"). */
  private static String prefix(Element html, Form form) {
    return html.selectFirst("[name^=" + form.formId() + ":]") != null ? form.formId() + ":" : "";
  }

  private static boolean isTextInput(String type) {
    return Set.of(
            "",
            "text",
            "search",
            "email",
            "password",
            "date",
            "time",
            "month",
            "datetime-local",
            "number",
            "tel",
            "url")
        .contains(type);
  }

  private static String action(Element form) {
    String action = form.attr("action");
    return action.isEmpty() ? "/" : action;
  }

  private static String location(HttpResponse<String> answer) {
    String location = answer.headers().firstValue("Location").orElseThrow();
    return location.replaceFirst("^https?://[^/]+", "");
  }

  /** Printable text the pages can show as is: no control characters, no lone surrogates. */
  private static boolean isPrintable(String payload) {
    return payload
            .chars()
            .noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
        && payload.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF)
        && !payload.isBlank();
  }

  /**
   * Text as a page shows what was saved: line ends and runs of white space alike, names in NFC, and
   * nothing invisible at either end (entities trim it, {@code shared.Text}).
   */
  private static String normalized(String text) {
    return Normalizer.normalize(
        text.replace("\r\n", "\n")
            .replace('\r', '\n')
            .replaceAll("\\s+", " ")
            .replaceAll("^[\\s\\p{Z}\\p{Cf}]+|[\\s\\p{Z}\\p{Cf}]+$", ""),
        Normalizer.Form.NFC);
  }

  private synchronized void check(String context, String payload, HttpResponse<String> answer) {
    requests++;
    int status = answer.statusCode();
    String body = answer.body() == null ? "" : answer.body();
    if (!HONEST.contains(status)) {
      fail(context, payload, "status " + status);
    }
    if (STACK_TRACE.matcher(body).find()) {
      fail(context, payload, "a stack trace or exception text in the page");
    }
    if (HostilePayloads.isMarkup(payload) && printedAsMarkup(body, payload)) {
      fail(context, payload, "printed unescaped");
    }
    if (HostilePayloads.showsEvaluation(body)) {
      fail(context, payload, "an expression was evaluated");
    }
    answer
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (name.equalsIgnoreCase("X-Injected")
                  || values.stream()
                      .anyMatch(v -> v.contains("injected=1") || v.contains("evil.example"))) {
                fail(context, payload, "header injected: " + name);
              }
            });
  }

  /**
   * Whether the page carries the payload where it would be markup: anywhere if it holds a {@code
   * <}; inside a tag (an attribute) if it holds a quote. A quote in text between tags is harmless.
   */
  static boolean printedAsMarkup(String body, String payload) {
    for (int i = body.indexOf(payload); i >= 0; i = body.indexOf(payload, i + 1)) {
      if (payload.indexOf('<') >= 0 || body.lastIndexOf('<', i) > body.lastIndexOf('>', i)) {
        return true;
      }
    }
    return false;
  }

  private synchronized void fail(String context, String payload, String what) {
    if (failures.size() < 40) {
      String shown = payload.length() > 60 ? payload.substring(0, 60) + "…" : payload;
      failures.add(context + " <- " + shown.replaceAll("\\p{Cntrl}", "?") + ": " + what);
    } else if (failures.size() == 40) {
      failures.add("…");
    }
  }

  private synchronized void report(String kind) throws IOException {
    Path file = Path.of("target", "hostile-input-" + kind + ".txt");
    Files.writeString(
        file,
        String.format(
            "payloads=%d inputs=%d requests=%d stored=%d refused=%d failures=%d%n%s%n%s%n",
            PAYLOADS.size(),
            inputs.size(),
            requests,
            stored,
            refused,
            failures.size(),
            String.join("\n", inputs),
            String.join("\n", timings)));
  }
}
