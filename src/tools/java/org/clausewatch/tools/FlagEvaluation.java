package org.clausewatch.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clausewatch.flag.domain.ClauseCategory;
import org.clausewatch.flag.domain.Sentences;
import org.clausewatch.flag.domain.Span;
import org.clausewatch.flag.domain.TextEvidence;

/**
 * Scores the clause-text detectors on a folder in the CUAD layout ({@code contracts/*.txt}, {@code
 * spans.csv}, {@code master_clauses.csv}); {@code mvn -Pflag-evaluation [-Dcuad=folder]
 * [-Dsplit=held-out|development|all]}.
 *
 * <p>Sentence level: a flagged sentence is correct when it overlaps a labelled span of its category
 * (precision); a sentence that overlaps a labelled span counts as found when it is flagged
 * (recall). Contract level: the category is present when a span is labelled, predicted when a
 * sentence is flagged. The patterns were written on the development part of CUAD (every contract
 * but every fifth in file-name order); the held-out part is every fifth (the 1st, 6th, ...). On any
 * other folder the default split is all of it: nothing is trained or tuned here.
 */
public final class FlagEvaluation {

  static final double PRECISION_GOAL = 0.80;
  static final double RECALL_GOAL = 0.60;

  private FlagEvaluation() {}

  /** One category's counts over the contracts scored so far. */
  static final class Counts {
    long flagged;
    long flaggedCorrect;
    long labelled;
    long labelledFound;
    long contractsTrue;
    long contractsPredicted;
    long contractsBoth;
  }

  public static void main(String[] args) throws IOException {
    String defaultFolder = "../shared/data/cuad";
    Path folder = Path.of(System.getProperty("cuad", defaultFolder));
    Path contracts = folder.resolve("contracts");
    Path spansFile = folder.resolve("spans.csv");
    if (!Files.isDirectory(contracts) || !Files.isReadable(spansFile)) {
      System.err.printf(
          "No CUAD folder at %s (needs contracts/*.txt and spans.csv): nothing was evaluated.%n",
          folder.toAbsolutePath().normalize());
      System.exit(2);
    }
    boolean isDefault = folder.normalize().equals(Path.of(defaultFolder).normalize());
    String given = System.getProperty("split", "");
    String split = given.isBlank() ? (isDefault ? "held-out" : "all") : given;
    if (!List.of("held-out", "development", "all").contains(split)) {
      System.err.println("split must be held-out, development or all, not " + split);
      System.exit(2);
    }

    CuadLabels.Read read = CuadLabels.of(folder);
    Map<String, Map<ClauseCategory, List<Span>>> labels = read.spans();
    List<Path> files;
    try (Stream<Path> list = Files.list(contracts)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Path> chosen = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      boolean heldOut = i % 5 == 0;
      if (split.equals("all") || heldOut == split.equals("held-out")) {
        chosen.add(files.get(i));
      }
    }

    Map<ClauseCategory, Counts> counts = new EnumMap<>(ClauseCategory.class);
    for (ClauseCategory c : ClauseCategory.values()) {
      counts.put(c, new Counts());
    }
    long nanos = 0;
    long characters = 0;
    for (Path file : chosen) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      characters += text.length();
      nanos += score(text, labels.getOrDefault(file.getFileName().toString(), Map.of()), counts);
    }

    System.out.printf(
        "%s: %d of %d contracts (%s), %,d characters%n",
        folder, chosen.size(), files.size(), split, characters);
    System.out.printf(
        "labels: %d cut-short spans (<omitted>, no offset) found in the text, %d not found%n",
        read.located(), read.missing());
    if (isDefault && !split.equals("held-out")) {
      System.out.println(
          "Note: the models were trained on the development part; their figures here are on"
              + " sentences they saw (the patterns' are on sentences they were written on).");
    }
    System.out.printf(
        "%-36s %-8s %8s %7s %6s %6s %6s | %6s %6s %6s | %s%n",
        "category",
        "detector",
        "labelled",
        "flagged",
        "P",
        "R",
        "F1",
        "doc P",
        "doc R",
        "doc F1",
        "goal / shipped");
    List<ClauseCategory> all = List.of(ClauseCategory.values());
    double[] macro = new double[6];
    boolean shippedBelowGoal = false;
    for (ClauseCategory c : all) {
      Counts n = counts.get(c);
      double p = ratio(n.flaggedCorrect, n.flagged);
      double r = ratio(n.labelledFound, n.labelled);
      double dp = ratio(n.contractsBoth, n.contractsPredicted);
      double dr = ratio(n.contractsBoth, n.contractsTrue);
      double[] row = {p, r, f1(p, r), dp, dr, f1(dp, dr)};
      for (int i = 0; i < row.length; i++) {
        macro[i] += row[i] / all.size();
      }
      boolean meets = p >= PRECISION_GOAL && r >= RECALL_GOAL;
      shippedBelowGoal |= c.shipped() && !meets;
      System.out.printf(
          "%-36s %-8s %8d %7d %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f | %s%s%n",
          c.cuadName(),
          c.detector(),
          n.labelled,
          n.flagged,
          row[0],
          row[1],
          row[2],
          row[3],
          row[4],
          row[5],
          meets ? "meets" : "below",
          c.shipped() ? ", shipped" : "");
    }
    System.out.printf(
        "%-36s %-8s %8s %7s %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f |%n",
        "macro average", "", "", "", macro[0], macro[1], macro[2], macro[3], macro[4], macro[5]);
    System.out.printf(
        "time: %.2f ms per contract (%d contracts, sentence split and %d categories)%n",
        nanos / 1e6 / Math.max(1, chosen.size()), chosen.size(), all.size());
    if (isDefault && split.equals("held-out") && shippedBelowGoal) {
      System.err.println("A shipped category is below the goal on the held-out contracts.");
      System.exit(1);
    }
  }

  /**
   * Scores one contract: every category's detector runs on its sentences; a flagged sentence is
   * correct when it overlaps a span labelled with that category, and a labelled sentence (one that
   * overlaps such a span) is found when it is flagged.
   *
   * @return the nanoseconds the detectors took
   */
  static long score(
      String text, Map<ClauseCategory, List<Span>> labelled, Map<ClauseCategory, Counts> counts) {
    List<ClauseCategory> all = List.of(ClauseCategory.values());
    long t0 = System.nanoTime();
    List<TextEvidence> found = TextEvidence.in(text, all);
    long nanos = System.nanoTime() - t0;
    List<Span> sentences = Sentences.of(text);
    for (ClauseCategory category : all) {
      Counts n = counts.get(category);
      List<Span> spans = labelled.getOrDefault(category, List.of());
      List<Span> flagged =
          found.stream().filter(e -> e.category() == category).map(TextEvidence::sentence).toList();
      for (Span s : flagged) {
        n.flagged++;
        if (spans.stream().anyMatch(l -> s.overlaps(l.start(), l.end()))) {
          n.flaggedCorrect++;
        }
      }
      for (Span s : sentences) {
        if (spans.stream().anyMatch(l -> s.overlaps(l.start(), l.end()))) {
          n.labelled++;
          if (flagged.contains(s)) {
            n.labelledFound++;
          }
        }
      }
      boolean present = !spans.isEmpty();
      boolean predicted = !flagged.isEmpty();
      n.contractsTrue += present ? 1 : 0;
      n.contractsPredicted += predicted ? 1 : 0;
      n.contractsBoth += present && predicted ? 1 : 0;
    }
    return nanos;
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
