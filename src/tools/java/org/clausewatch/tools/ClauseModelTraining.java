package org.clausewatch.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.clausewatch.flag.domain.ClauseCategory;
import org.clausewatch.flag.domain.ClauseModel;
import org.clausewatch.flag.domain.SentenceFeatures;
import org.clausewatch.flag.domain.Sentences;
import org.clausewatch.flag.domain.Span;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the clause-category models ({@link ClauseModel}) on the development part of a CUAD folder
 * (every contract but every fifth in file-name order; the fifth is held out for {@code mvn
 * -Pflag-evaluation}) and writes them, with their score thresholds, into {@code
 * src/main/resources/org/clausewatch/flag/models/}: {@code mvn -Pflag-training [-Dcuad=folder]}.
 *
 * <p>For each category: the {@link #FEATURES} features ({@link SentenceFeatures}: words, word
 * pairs, categories whose patterns match) most associated with it (chi squared, among those in at
 * least three sentences), L2-regularised logistic regression on them (LIBLINEAR, cost {@link
 * #COST}, a fixed seed: the same folder gives the same models); the threshold is the lowest score
 * at which the model, trained five times on four fifths of the development contracts and scored on
 * the fifth it did not see, still had precision {@link #PRECISION} (the most recall at that
 * precision). A category gets a model only if that recall is at least {@link #RECALL}; the others
 * keep their word patterns.
 */
public final class ClauseModelTraining {

  static final int FEATURES = 10_000;
  static final double PRECISION = 0.85;
  static final double RECALL = 0.50;
  static final int MIN_POSITIVES = 20;
  static final int FOLDS = 5;
  static final long SEED = 20261204L;
  static final double COST = 1.0;

  private ClauseModelTraining() {}

  /** A development sentence: its contract's fold, its features' ids, its categories. */
  private record Row(int fold, int[] features, boolean[] categories) {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(System.getProperty("cuad", "../shared/data/cuad"));
    Path out = Path.of(System.getProperty("out", "src/main/resources/org/clausewatch/flag/models"));
    if (!Files.isDirectory(folder.resolve("contracts"))
        || !Files.isReadable(folder.resolve("spans.csv"))) {
      System.err.printf(
          "No CUAD folder at %s (needs contracts/*.txt and spans.csv): nothing was trained.%n",
          folder.toAbsolutePath().normalize());
      System.exit(2);
    }
    Map<String, Map<ClauseCategory, List<Span>>> labels = CuadLabels.of(folder).spans();
    List<Path> files;
    try (Stream<Path> list = Files.list(folder.resolve("contracts"))) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    ClauseCategory[] categories = ClauseCategory.values();
    Map<String, Integer> ids = new HashMap<>();
    List<String> names = new ArrayList<>();
    List<int[]> sentenceFeatures = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (i % 5 == 0) {
        continue; // held out
      }
      String text = Files.readString(files.get(i), StandardCharsets.UTF_8);
      Map<ClauseCategory, List<Span>> labelled =
          labels.getOrDefault(files.get(i).getFileName().toString(), Map.of());
      for (Span s : Sentences.of(text)) {
        SentenceFeatures f = SentenceFeatures.of(text.subSequence(s.start(), s.end()));
        int[] fs =
            f.names().stream()
                .mapToInt(n -> ids.computeIfAbsent(n, k -> addName(names, k)))
                .toArray();
        boolean[] in = new boolean[categories.length];
        for (ClauseCategory c : categories) {
          in[c.ordinal()] =
              labelled.getOrDefault(c, List.of()).stream()
                  .anyMatch(l -> s.overlaps(l.start(), l.end()));
        }
        rows.add(new Row((i / 5) % FOLDS, fs, in));
        sentenceFeatures.add(fs);
      }
    }
    int[] df = new int[names.size()];
    for (int[] fs : sentenceFeatures) {
      for (int f : fs) {
        df[f]++;
      }
    }
    System.out.printf(
        "%s: %d development sentences, %,d features%n", folder, rows.size(), names.size());
    Files.createDirectories(out);
    Map<String, String> thresholds = new TreeMap<>();
    System.out.printf(
        "%-36s %9s %9s %7s %7s %9s | %s%n",
        "category", "positives", "threshold", "oof P", "oof R", "pat P/R", "model");
    String only = System.getProperty("categories", "");
    Path thresholdsFile = out.resolve("thresholds.properties");
    if (!only.isBlank() && Files.isReadable(thresholdsFile)) {
      // only some categories are trained again: the others keep their models and thresholds
      java.util.Properties kept = new java.util.Properties();
      try (java.io.Reader r = Files.newBufferedReader(thresholdsFile, StandardCharsets.UTF_8)) {
        kept.load(r);
      }
      kept.stringPropertyNames().forEach(n -> thresholds.put(n, kept.getProperty(n)));
    }
    for (ClauseCategory c : categories) {
      if (!only.isBlank() && !java.util.Arrays.asList(only.split(",")).contains(c.name())) {
        continue;
      }
      int positives = (int) rows.stream().filter(r -> r.categories()[c.ordinal()]).count();
      Path file = out.resolve(c.name() + ".tribuo.gz");
      Files.deleteIfExists(file);
      thresholds.remove(c.name());
      if (positives < MIN_POSITIVES) {
        System.out.printf("%-36s %9d %9s%n", c.cuadName(), positives, "too few");
        continue;
      }
      double[] oof = new double[rows.size()];
      for (int fold = 0; fold < FOLDS; fold++) {
        int heldOut = fold;
        List<Row> train = rows.stream().filter(r -> r.fold() != heldOut).toList();
        Model<Label> model = train(train, select(train, c, df, names.size()), names, c);
        for (int i = 0; i < rows.size(); i++) {
          if (rows.get(i).fold() == heldOut) {
            oof[i] = score(model, rows.get(i), names);
          }
        }
      }
      double[] chosen = threshold(rows, oof, c);
      double[] patterns = patterns(rows, names, c);
      Outcome outcome = outcome(chosen, patterns);
      boolean ships = outcome == Outcome.MODEL;
      System.out.printf(
          "%-36s %9d %9s %7s %7s %9s | %s%n",
          c.cuadName(),
          positives,
          chosen == null ? "-" : String.format("%.4f", chosen[0]),
          chosen == null ? "-" : String.format("%.2f", chosen[1]),
          chosen == null ? "-" : String.format("%.2f", chosen[2]),
          String.format("%.2f/%.2f", patterns[0], patterns[1]),
          outcome.label);
      if (ships) {
        Model<Label> model = train(rows, select(rows, c, df, names.size()), names, c);
        try (OutputStream o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
          model.serializeToStream(o);
        }
        thresholds.put(c.name(), String.format(java.util.Locale.ROOT, "%.6f", chosen[0]));
      }
    }
    try (Writer w = Files.newBufferedWriter(thresholdsFile, StandardCharsets.UTF_8)) {
      w.write(
          "# Written by mvn -Pflag-training (ClauseModelTraining) from the development part of"
              + " CUAD\n# (CC BY 4.0, The Atticus Project): score at or above which a sentence"
              + " shows the category.\n");
      for (Map.Entry<String, String> e : thresholds.entrySet()) {
        w.write(e.getKey() + "=" + e.getValue() + "\n");
      }
    }
  }

  /** What a category gets from training. */
  enum Outcome {
    MODEL("written"),
    PATTERNS_BETTER("patterns (better)"),
    PATTERNS("patterns");

    final String label;

    Outcome(String label) {
      this.label = label;
    }
  }

  /**
   * A model ships when, out of fold, it reaches {@link #RECALL} at the threshold chosen for {@link
   * #PRECISION} and the category's word patterns do not already reach that precision at a recall at
   * least as high. The patterns were written on these sentences, so their figures here are
   * optimistic: the rule favours them.
   *
   * @param chosen threshold, precision and recall out of fold, or null when no threshold reaches
   *     the precision
   * @param patterns the patterns' precision and recall on the development part
   */
  static Outcome outcome(double[] chosen, double[] patterns) {
    if (chosen == null) {
      return Outcome.PATTERNS;
    }
    if (patterns[0] >= PRECISION && patterns[1] >= chosen[2]) {
      return Outcome.PATTERNS_BETTER;
    }
    return chosen[2] >= RECALL ? Outcome.MODEL : Outcome.PATTERNS;
  }

  private static int addName(List<String> names, String name) {
    names.add(name);
    return names.size() - 1;
  }

  /** The features most associated with the category (chi squared), in at least three sentences. */
  private static boolean[] select(List<Row> rows, ClauseCategory c, int[] df, int size) {
    long[] withFeature = new long[size];
    long[] withBoth = new long[size];
    long positives = 0;
    for (Row r : rows) {
      boolean yes = r.categories()[c.ordinal()];
      positives += yes ? 1 : 0;
      for (int f : r.features()) {
        withFeature[f]++;
        if (yes) {
          withBoth[f]++;
        }
      }
    }
    double n = rows.size();
    double[] chi = new double[size];
    Integer[] order = new Integer[size];
    for (int f = 0; f < size; f++) {
      order[f] = f;
      if (df[f] < 3) {
        chi[f] = -1;
        continue;
      }
      double a = withBoth[f];
      double b = withFeature[f] - a;
      double cc = positives - a;
      double d = n - a - b - cc;
      double denominator = (a + cc) * (b + d) * (a + b) * (cc + d);
      chi[f] = denominator == 0 ? 0 : n * Math.pow(a * d - b * cc, 2) / denominator;
    }
    Arrays.sort(order, (x, y) -> Double.compare(chi[y], chi[x]));
    boolean[] selected = new boolean[size];
    for (int i = 0; i < Math.min(FEATURES, size); i++) {
      if (chi[order[i]] > 0) {
        selected[order[i]] = true;
      }
    }
    return selected;
  }

  private static Model<Label> train(
      List<Row> rows, boolean[] selected, List<String> names, ClauseCategory c) {
    LabelFactory labels = new LabelFactory();
    List<org.tribuo.Example<Label>> examples = new ArrayList<>(rows.size());
    Label yes = new Label(ClauseModel.YES);
    Label no = new Label(ClauseModel.NO);
    for (Row r : rows) {
      ArrayExample<Label> e = new ArrayExample<>(r.categories()[c.ordinal()] ? yes : no);
      for (int f : r.features()) {
        if (selected[f]) {
          e.add(names.get(f), 1.0);
        }
      }
      if (e.size() > 0) {
        examples.add(e);
      }
    }
    MutableDataset<Label> data =
        new MutableDataset<>(
            new ListDataSource<>(
                examples,
                labels,
                new SimpleDataSourceProvenance(
                    "CUAD development sentences, " + c.cuadName(), labels)));
    return new LibLinearClassificationTrainer(
            new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR),
            COST,
            1_000,
            0.01,
            SEED)
        .train(data);
  }

  private static double score(Model<Label> model, Row r, List<String> names) {
    ArrayExample<Label> e = new ArrayExample<>(LabelFactory.UNKNOWN_LABEL);
    for (int f : r.features()) {
      if (model.getFeatureIDMap().get(names.get(f)) != null) {
        e.add(names.get(f), 1.0);
      }
    }
    if (e.size() == 0) {
      return 0;
    }
    Label yes = model.predict(e).getOutputScores().get(ClauseModel.YES);
    return yes == null ? 0 : yes.getScore();
  }

  /** {precision, recall} of the category's word patterns on the development sentences. */
  private static double[] patterns(List<Row> rows, List<String> names, ClauseCategory c) {
    String pattern = SentenceFeatures.PATTERN + c.name();
    long matched = 0;
    long correct = 0;
    long positives = 0;
    for (Row r : rows) {
      boolean yes = r.categories()[c.ordinal()];
      positives += yes ? 1 : 0;
      if (Arrays.stream(r.features()).anyMatch(f -> names.get(f).equals(pattern))) {
        matched++;
        correct += yes ? 1 : 0;
      }
    }
    return new double[] {
      matched == 0 ? 0 : (double) correct / matched,
      positives == 0 ? 0 : (double) correct / positives
    };
  }

  /**
   * {threshold, precision, recall}: the lowest score at which precision is still at least {@link
   * #PRECISION}, counting from the highest score down; null if never.
   */
  private static double[] threshold(List<Row> rows, double[] scores, ClauseCategory c) {
    Integer[] order = new Integer[rows.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(scores[y], scores[x]));
    long positives = rows.stream().filter(r -> r.categories()[c.ordinal()]).count();
    long found = 0;
    double[] best = null;
    for (int k = 0; k < order.length; k++) {
      if (rows.get(order[k]).categories()[c.ordinal()]) {
        found++;
      }
      double precision = (double) found / (k + 1);
      double recall = (double) found / positives;
      if (precision >= PRECISION && (best == null || recall > best[2]) && scores[order[k]] > 0) {
        best = new double[] {scores[order[k]], precision, recall};
      }
    }
    return best;
  }
}
