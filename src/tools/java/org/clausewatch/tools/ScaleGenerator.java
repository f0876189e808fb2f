package org.clausewatch.tools;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clausewatch.shared.Names;
import org.clausewatch.shared.persistence.DatabaseMigrations;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fills the configured database with synthetic contracts for scale tests and benchmarks: N
 * contracts (default 100,000), about 20 clauses and 10 deadlines each, spread over statuses, types
 * and classification levels, some usage restrictions (each with both parties' positions, a quarter
 * of them with an open dispute), an annotation on every fifth contract, ultimatums, and obligations
 * owed by the vendor (a monthly report with no month settled on every fourth contract, so overdue;
 * a one-off delivery on another fourth, met when past). Deterministic for a given seed. Written
 * with PostgreSQL COPY. Clause texts are sampled from CUAD ({@code ../shared/data/cuad/spans.csv},
 * CC BY 4.0, The Atticus Project) and the FAR/DFARS library in the database; without CUAD, from the
 * library only (it says so).
 *
 * <pre>mvn -Pgenerate [-Dcontracts=100000] [-Dseed=42]</pre>
 *
 * Database: {@code CLAUSEWATCH_DB_URL/USER/PASSWORD}, default the embedded one of {@code mvn -Prun}
 * (start that first). The schema is migrated first if needed.
 */
public final class ScaleGenerator {

  static final int CLAUSES_PER_CONTRACT = 20;
  static final int DEADLINES_PER_CONTRACT = 10;
  static final int BATCH = 2_000;
  static final String[] CONTRACT_TYPES = {"FFP", "CPFF", "TM", "IDIQ", "OTA_PROTOTYPE", "OTHER"};
  static final String[] STATUSES = {
    "ACTIVE",
    "ACTIVE",
    "ACTIVE",
    "ACTIVE",
    "EXPIRED",
    "EXPIRED",
    "NEGOTIATING",
    "DRAFT",
    "SUSPENDED",
    "TERMINATED"
  };
  static final String[] MARKINGS = {
    "UNCLASSIFIED",
    "UNCLASSIFIED",
    "UNCLASSIFIED",
    "UNCLASSIFIED",
    "UNCLASSIFIED",
    "CUI",
    "CUI",
    "CUI",
    "SECRET",
    "TOP_SECRET"
  };
  static final String[] CATEGORIES = {
    "USAGE_RESTRICTION",
    "ACCESS_AND_USE",
    "OBLIGATION",
    "TERMINATION",
    "DATA_RIGHTS",
    "PAYMENT",
    "COMPLIANCE",
    "OTHER"
  };
  static final String[] DEADLINE_KINDS = {
    "RESPONSE",
    "DELIVERY",
    "RENEWAL",
    "OPTION_EXERCISE",
    "REPORT",
    "OTHER",
    "DELIVERY",
    "REPORT",
    "RESPONSE",
    "ULTIMATUM"
  };
  static final String[] STATEMENTS = {
    "We accept the restriction as written",
    "The agency requires use for all lawful purposes without this restriction",
    "Acceptable if human review is documented for each decision",
    "We propose narrower wording limited to domestic surveillance",
    "The restriction conflicts with mission needs and must be removed"
  };
  static final String[] ANNOTATIONS = {
    "Check whether this wording survives termination",
    "Liability exposure unclear; ask counsel before signing",
    "Conflicts with the agency's data rights clause",
    "Compare with the competitor's accepted terms",
    "Deadline for a response is not stated here"
  };
  static final String[] ZONES = {
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "Europe/London"
  };
  static final String[] WORDS = {
    "Advanced",
    "Secure",
    "Enterprise",
    "Cloud",
    "Logistics",
    "Analytics",
    "Maintenance",
    "Training",
    "Satellite",
    "Network",
    "Medical",
    "Research",
    "Software",
    "Cyber",
    "Data",
    "Facilities",
    "Support",
    "Modernization",
    "Engineering",
    "Services",
    "Platform",
    "Systems"
  };

  private record Sample(String heading, String text, String category) {}

  private ScaleGenerator() {}

  public static void main(String[] args) throws Exception {
    int contracts = Integer.getInteger("contracts", 100_000);
    long seed = Long.getLong("seed", 42L);
    String url = env("CLAUSEWATCH_DB_URL", "jdbc:postgresql://localhost:15432/clausewatch");
    String user = env("CLAUSEWATCH_DB_USER", "postgres");
    String password = env("CLAUSEWATCH_DB_PASSWORD", "postgres");
    Path cuad = Path.of(System.getProperty("cuad", "../shared/data/cuad/spans.csv"));

    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser(user);
    ds.setPassword(password);
    DatabaseMigrations.forDataSource(ds, false).migrate();

    try (Connection c = DriverManager.getConnection(url, user, password)) {
      List<Sample> samples = samples(c, cuad);
      new Run(c, new Random(seed), samples).generate(contracts);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /**
   * A CUAD span as a clause's text: where the annotators cut the span short ({@code <omitted>}) a
   * reader sees an ellipsis between single spaces.
   */
  static String clauseText(String span) {
    return span.replaceAll("\\s*" + CuadLabels.OMITTED + "\\s*", " … ").strip();
  }

  private static List<Sample> samples(Connection c, Path cuad) throws SQLException, IOException {
    List<Sample> samples = new ArrayList<>();
    if (Files.isReadable(cuad)) {
      try (Reader in = Files.newBufferedReader(cuad, StandardCharsets.UTF_8)) {
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
          String text = clauseText(row.get("span_text"));
          String category = row.get("category");
          if (text.length() >= 80 && !category.equals("Parties")) {
            samples.add(new Sample(category, text, cuadCategory(category)));
          }
        }
      }
      System.out.printf("Clause texts: %d CUAD spans from %s%n", samples.size(), cuad);
    } else {
      System.out.printf("Clause texts: %s not found; using the FAR/DFARS library only%n", cuad);
    }
    int cuadCount = samples.size();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select number, title, left(text, 1500) from standard_clause order by number")) {
      while (rs.next()) {
        samples.add(
            new Sample(rs.getString(1) + "|" + rs.getString(2), rs.getString(3), "COMPLIANCE"));
      }
    }
    System.out.printf("Clause texts: %d library clauses%n", samples.size() - cuadCount);
    if (samples.isEmpty()) {
      throw new IllegalStateException("No clause texts: the library migration did not run");
    }
    return samples;
  }

  private static String cuadCategory(String category) {
    String c = category.toLowerCase(Locale.ROOT);
    if (c.contains("termination") || c.contains("renewal")) {
      return "TERMINATION";
    }
    if (c.contains("license") || c.contains("ip ") || c.contains("source code")) {
      return "DATA_RIGHTS";
    }
    if (c.contains("revenue")
        || c.contains("price")
        || c.contains("minimum")
        || c.contains("liability")) {
      return "PAYMENT";
    }
    if (c.contains("non-compete") || c.contains("exclusivity") || c.contains("restriction")) {
      return "USAGE_RESTRICTION";
    }
    if (c.contains("audit") || c.contains("insurance") || c.contains("warranty")) {
      return "OBLIGATION";
    }
    if (c.contains("assignment") || c.contains("control")) {
      return "ACCESS_AND_USE";
    }
    return "OTHER";
  }

  /** One generation run: ids continue after what the database holds. */
  private static final class Run {
    private final Connection c;
    private final CopyManager copy;
    private final Random random;
    private final List<Sample> samples;
    private long rows;

    Run(Connection c, Random random, List<Sample> samples) throws SQLException {
      this.c = c;
      this.copy = c.unwrap(PGConnection.class).getCopyAPI();
      this.random = random;
      this.samples = samples;
    }

    void generate(int contracts) throws SQLException, IOException {
      long start = System.nanoTime();
      long partyBase = next("party");
      int agencies = 40;
      int vendors = Math.max(50, contracts / 40);
      StringBuilder parties = new StringBuilder();
      for (int i = 0; i < agencies + vendors; i++) {
        boolean agency = i < agencies;
        String name =
            (agency ? "Agency " : "Vendor ")
                + String.format("%05d", i)
                + " (synthetic "
                + Long.toString(partyBase, 36)
                + ")";
        row(
            parties,
            partyBase + i,
            0,
            name,
            agency ? "GOVERNMENT_AGENCY" : "COMPANY",
            Names.lookalikeKey(name));
      }
      copy("party (id, version, name, kind, name_lookalike_key)", parties);

      long contractBase = next("contract");
      long clauseBase = next("clause");
      long deadlineBase = next("deadline");
      long restrictionBase = next("usage_restriction");
      long clauseId = clauseBase;
      long deadlineId = deadlineBase;
      long restrictionId = restrictionBase;
      Instant now = Instant.now();
      StringBuilder contractRows = new StringBuilder();
      StringBuilder clauseRows = new StringBuilder();
      StringBuilder deadlineRows = new StringBuilder();
      StringBuilder consequenceRows = new StringBuilder();
      StringBuilder restrictionRows = new StringBuilder();
      long disputeBase = next("dispute");
      long disputeId = disputeBase;
      StringBuilder disputeRows = new StringBuilder();
      long positionBase = next("term_position");
      long positionId = positionBase;
      StringBuilder positionRows = new StringBuilder();
      long obligationBase = next("obligation");
      long obligationId = obligationBase;
      StringBuilder obligationRows = new StringBuilder();
      long annotationBase = next("annotation");
      long annotationId = annotationBase;
      StringBuilder annotationRows = new StringBuilder();
      String prefix = "SYN" + Long.toString(contractBase, 36).toUpperCase(Locale.ROOT);
      for (int i = 0; i < contracts; i++) {
        long id = contractBase + i;
        BigDecimal ceiling =
            BigDecimal.valueOf(10_000L + random.nextInt(50_000_000)).multiply(BigDecimal.TEN);
        BigDecimal obligated =
            ceiling
                .multiply(BigDecimal.valueOf(random.nextInt(101)))
                .divide(BigDecimal.valueOf(100));
        LocalDate award = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(5000));
        long buyer = partyBase + random.nextInt(agencies);
        long vendor = partyBase + agencies + random.nextInt(vendors);
        row(
            contractRows,
            id,
            0,
            prefix + "-" + String.format("%07d", i),
            title(),
            pick(CONTRACT_TYPES),
            buyer,
            vendor,
            pick(STATUSES),
            ceiling.setScale(2),
            "USD",
            obligated.setScale(2),
            award,
            award,
            award.plusDays(365 + random.nextInt(1500)),
            pick(MARKINGS),
            null);
        Set<String> clauseNumbers = new HashSet<>();
        // The clause after the usage restriction (position 1) is where obligations come from.
        long obligationClauseId = clauseId + 1;
        for (int k = 0; k < CLAUSES_PER_CONTRACT; k++) {
          Sample sample = samples.get(random.nextInt(samples.size()));
          String number;
          String heading;
          // A clause number is unique within its contract (V7): a library clause drawn twice
          // becomes a local one the second time.
          if (sample.heading().contains("|")
              && clauseNumbers.add(sample.heading().substring(0, sample.heading().indexOf('|')))) {
            number = sample.heading().substring(0, sample.heading().indexOf('|'));
            heading = sample.heading().substring(number.length() + 1);
          } else {
            number = "H-" + (k + 1);
            heading = sample.heading();
          }
          String category = k == 0 ? "USAGE_RESTRICTION" : sample.category();
          row(clauseRows, clauseId, 0, id, k, number, null, heading, sample.text(), category);
          if (k == 0 && i % 5 == 0 && !sample.text().isBlank()) {
            // Legal staff's note on the first words of the clause (issue #6), searchable.
            String quote = sample.text().substring(0, Math.min(40, sample.text().length()));
            row(
                annotationRows,
                annotationId++,
                0,
                id,
                clauseId,
                "CONCERN",
                pick(ANNOTATIONS) + " (generated note " + i + ")",
                null,
                quote,
                "",
                sample
                    .text()
                    .substring(
                        quote.length(), Math.min(quote.length() + 32, sample.text().length())),
                0,
                quote.length(),
                0,
                "ANCHORED",
                0,
                quote.length(),
                0,
                "OPEN",
                "legal",
                now.atOffset(java.time.ZoneOffset.UTC));
          }
          if (k == 0 && random.nextInt(10) == 0) {
            row(
                restrictionRows,
                restrictionId,
                0,
                clauseId,
                "Synthetic restricted use " + i,
                "PROHIBITED",
                null);
            // Each party's stance on it (issue #9), searchable.
            for (long party : new long[] {vendor, buyer}) {
              row(
                  positionRows,
                  positionId++,
                  0,
                  id,
                  clauseId,
                  restrictionId,
                  party,
                  party == vendor ? "ACCEPTS" : "REJECTS",
                  pick(STATEMENTS) + " (generated position " + i + ")",
                  award,
                  "Generated correspondence",
                  "CURRENT",
                  null,
                  now.atOffset(java.time.ZoneOffset.UTC),
                  "system",
                  null,
                  null);
            }
            if (random.nextInt(4) == 0) {
              // A quarter of them disputed (issue #9: disputes are records).
              row(
                  disputeRows,
                  disputeId++,
                  0,
                  id,
                  clauseId,
                  restrictionId,
                  "OPEN",
                  now.atOffset(java.time.ZoneOffset.UTC),
                  "Vendor accepts; agency rejects (generated).");
            }
            restrictionId++;
          }
          clauseId++;
        }
        for (int k = 0; k < DEADLINES_PER_CONTRACT; k++) {
          String kind = DEADLINE_KINDS[random.nextInt(DEADLINE_KINDS.length)];
          if (kind.equals("ULTIMATUM") && random.nextInt(5) != 0) {
            kind = "RESPONSE";
          }
          String zone = pick(ZONES);
          ZonedDateTime due =
              ZonedDateTime.ofInstant(now, ZoneId.of(zone))
                  .plusDays(random.nextInt(730) - 365)
                  .withHour(9 + random.nextInt(9))
                  .withMinute(0)
                  .withSecond(0)
                  .withNano(0);
          String status =
              due.toInstant().isBefore(now) ? (random.nextInt(5) == 0 ? "MISSED" : "MET") : "OPEN";
          row(
              deadlineRows,
              deadlineId,
              0,
              id,
              kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT) + " " + (k + 1),
              kind,
              due.toOffsetDateTime(),
              zone,
              null,
              null,
              null,
              status,
              status.equals("OPEN") ? null : due.toOffsetDateTime(),
              status.equals("OPEN") ? null : "system: generated data");
          if (kind.equals("ULTIMATUM")) {
            row(consequenceRows, deadlineId, 0, "Contract terminated for default (synthetic)");
          }
          deadlineId++;
        }
        if (i % 4 == 0) {
          // A monthly report owed since the award, no month settled: overdue (issue #12's flag).
          row(
              obligationRows,
              obligationId++,
              0,
              id,
              vendor,
              "Monthly status report (generated)",
              obligationClauseId,
              award,
              "FREQ=MONTHLY",
              "OPEN");
        } else if (i % 4 == 2) {
          // A one-off delivery within a year either side of today: met when past, else open.
          LocalDate today = now.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
          LocalDate due = today.plusDays(random.nextInt(730) - 365);
          boolean past = due.isBefore(today);
          row(
              obligationRows,
              obligationId++,
              0,
              id,
              vendor,
              "Deliver the final report (generated)",
              obligationClauseId,
              due,
              null,
              past ? "MET" : "OPEN");
        }
        if ((i + 1) % BATCH == 0 || i == contracts - 1) {
          copy(
              "contract (id, version, number, title, type, buyer_id, vendor_id, status, ceiling_amount,"
                  + " ceiling_currency, obligated_amount, award_date, period_start, period_end, classification,"
                  + " description)",
              contractRows);
          copy(
              "clause (id, version, contract_id, position, number, cited_date, heading, text, category)",
              clauseRows);
          copy(
              "usage_restriction (id, version, clause_id, restricted_use, kind, condition)",
              restrictionRows);
          copy(
              "dispute (id, version, contract_id, clause_id, restriction_id, state, opened_at,"
                  + " explanation)",
              disputeRows);
          copy(
              "term_position (id, version, contract_id, clause_id, restriction_id, party_id, stance,"
                  + " statement, stated_on, source, state, revises_id, recorded_at, recorded_by,"
                  + " closed_at, closed_by)",
              positionRows);
          copy(
              "annotation (id, version, contract_id, clause_id, kind, body, proposed_text,"
                  + " quote_exact, quote_prefix, quote_suffix, quote_start, quote_end,"
                  + " made_on_version, anchor_state, anchor_start, anchor_end, anchored_on_version,"
                  + " state, author, created_at)",
              annotationRows);
          copy(
              "deadline (id, version, contract_id, title, kind, due_at, due_zone, issuer_id, responsible_id,"
                  + " demanded_action, status, closed_at, closed_by)",
              deadlineRows);
          copy("deadline_consequence (deadline_id, position, description)", consequenceRows);
          copy(
              "obligation (id, version, contract_id, owing_party_id, description, source_clause_id,"
                  + " due_date, recurrence, status)",
              obligationRows);
          if ((i + 1) % 20_000 == 0) {
            progress(start, i + 1);
          }
        }
      }
      advance("party", partyBase + agencies + vendors);
      advance("contract", contractBase + contracts);
      advance("clause", clauseId);
      advance("deadline", deadlineId);
      advance("usage_restriction", restrictionId);
      advance("dispute", disputeId);
      advance("term_position", positionId);
      advance("annotation", annotationId);
      advance("obligation", obligationId);
      long baselineStart = System.nanoTime();
      try (Statement s = c.createStatement()) {
        // Rows written by COPY get their first version in the audit trail (V6), so that the
        // application can audit their first change.
        s.execute("select audit_baseline('generated data')");
        s.execute("analyze");
      }
      System.out.printf(
          "Audit baseline written in %.1f s%n", (System.nanoTime() - baselineStart) / 1e9);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "Done: %,d contracts, %,d clauses, %,d deadlines, %,d restrictions, %,d positions,"
              + " %,d annotations, %,d obligations; %,d rows in %.1f s = %,.0f rows/s%n",
          contracts,
          clauseId - clauseBase,
          deadlineId - deadlineBase,
          restrictionId - restrictionBase,
          positionId - positionBase,
          annotationId - annotationBase,
          obligationId - obligationBase,
          rows,
          seconds,
          rows / seconds);
    }

    private void progress(long start, int done) {
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "  %,d contracts, %,d rows, %.1f s, %,.0f rows/s%n", done, rows, seconds, rows / seconds);
    }

    private String title() {
      return WORDS[random.nextInt(WORDS.length)]
          + " "
          + WORDS[random.nextInt(WORDS.length)]
          + " "
          + WORDS[random.nextInt(WORDS.length)];
    }

    private String pick(String[] values) {
      return values[random.nextInt(values.length)];
    }

    private long next(String table) throws SQLException {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1000 from " + table)) {
        rs.next();
        return rs.getLong(1);
      }
    }

    /** Moves the pooled sequence past the ids used, so the application never reuses one. */
    private void advance(String table, long nextFree) throws SQLException {
      try (Statement s = c.createStatement()) {
        s.execute(
            "select setval('"
                + table
                + "_seq', greatest(nextval('"
                + table
                + "_seq'), "
                + (nextFree + 100)
                + "))");
      }
    }

    private void copy(String target, StringBuilder data) throws SQLException, IOException {
      if (data.isEmpty()) {
        return;
      }
      copy.copyIn("copy " + target + " from stdin", new StringReader(data.toString()));
      data.setLength(0);
    }

    private void row(StringBuilder out, Object... values) {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.append('\t');
        }
        Object v = values[i];
        if (v == null) {
          out.append("\\N");
        } else {
          String text = v instanceof BigDecimal b ? b.toPlainString() : v.toString();
          for (int j = 0; j < text.length(); j++) {
            char ch = text.charAt(j);
            switch (ch) {
              case '\\' -> out.append("\\\\");
              case '\t' -> out.append("\\t");
              case '\n' -> out.append("\\n");
              case '\r' -> out.append("\\r");
              default -> out.append(ch);
            }
          }
        }
      }
      out.append('\n');
      rows++;
    }
  }
}
