package org.clausewatch.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * other folder the default split is all of it: nothing is trained or tuned here. How sure the
 * sentence figures are: the middle 95% of them over resamples of the scored contracts ({@link
 * #interval}).
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

    void add(Counts other) {
      flagged += other.flagged;
      flaggedCorrect += other.flaggedCorrect;
      labelled += other.labelled;
      labelledFound += other.labelledFound;
      contractsTrue += other.contractsTrue;
      contractsPredicted += other.contractsPredicted;
      contractsBoth += other.contractsBoth;
    }
  }

  static final int RESAMPLES = 2_000;
  static final long SEED = 20261205L;

  /** Fewer contracts with flags (or labels) than this make a resampled range meaningless. */
  static final int FEW = 5;

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
    List<Map<ClauseCategory, Counts>> perContract = new ArrayList<>();
    for (Path file : chosen) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      characters += text.length();
      Map<ClauseCategory, Counts> one = new EnumMap<>(ClauseCategory.class);
      for (ClauseCategory c : ClauseCategory.values()) {
        one.put(c, new Counts());
      }
      nanos += score(text, labels.getOrDefault(file.getFileName().toString(), Map.of()), one);
      one.forEach((c, n) -> counts.get(c).add(n));
      perContract.add(one);
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
        "%nHow sure: sentence precision and recall with the middle 95%% of %,d resamples of the"
            + " contracts%n(drawn with replacement, fixed seed; a contract's sentences go together;"
            + " a figure that never varied,%nsuch as ten flags all right, gets no range though the"
            + " truth may well be lower)%n",
        RESAMPLES);
    for (ClauseCategory c : all) {
      List<Counts> each = perContract.stream().map(m -> m.get(c)).toList();
      double[][] range = interval(each, RESAMPLES, SEED);
      Counts n = counts.get(c);
      long withFlags = each.stream().filter(e -> e.flagged > 0).count();
      long withLabels = each.stream().filter(e -> e.labelled > 0).count();
      System.out.printf(
          "%-36s P %4.2f [%4.2f, %4.2f]   R %4.2f [%4.2f, %4.2f]%s%n",
          c.cuadName(),
          ratio(n.flaggedCorrect, n.flagged),
          range[0][0],
          range[0][1],
          ratio(n.labelledFound, n.labelled),
          range[1][0],
          range[1][1],
          Math.min(withFlags, withLabels) < FEW
              ? String.format(
                  "   (flags in %d, labels in %d contracts: too few for a range)",
                  withFlags, withLabels)
              : "");
    }
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

  /**
   * The middle 95% of sentence precision and recall over resamples of the contracts (each resample
   * draws as many contracts as there are, with replacement), as {{precision low, high}, {recall
   * low, high}}. A contract's sentences stay together, since the sentences of one contract are
   * alike. A resample where nothing was flagged (or labelled) has no precision (recall) and is left
   * out of that figure's range; with none at all, the range is {0, 0}.
   */
  static double[][] interval(List<Counts> contracts, int resamples, long seed) {
    Random random = new Random(seed);
    double[] precision = new double[resamples];
    double[] recall = new double[resamples];
    int ps = 0;
    int rs = 0;
    for (int i = 0; i < resamples; i++) {
      Counts sum = new Counts();
      for (int k = 0; k < contracts.size(); k++) {
        sum.add(contracts.get(random.nextInt(contracts.size())));
      }
      if (sum.flagged > 0) {
        precision[ps++] = (double) sum.flaggedCorrect / sum.flagged;
      }
      if (sum.labelled > 0) {
        recall[rs++] = (double) sum.labelledFound / sum.labelled;
      }
    }
    return new double[][] {middle(precision, ps), middle(recall, rs)};
  }

  private static double[] middle(double[] values, int size) {
    if (size == 0) {
      return new double[] {0, 0};
    }
    double[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    return new double[] {
      sorted[(int) Math.floor(0.025 * (size - 1))], sorted[(int) Math.ceil(0.975 * (size - 1))]
    };
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
