package org.clausewatch.flag.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * A clause category found by a trained model: L2-regularised logistic regression (Tribuo with
 * LIBLINEAR) on a sentence's words, word pairs and matching category patterns ({@link
 * SentenceFeatures}), trained on the development part of CUAD by {@code mvn -Pflag-training}
 * (docs/flagging.md), with the score threshold chosen there on contracts each fold did not train
 * on. The models ship in the WAR as resources; nothing is downloaded or trained at run time.
 */
public final class ClauseModel {

  /** The label a model gives a sentence that shows its category. */
  public static final String YES = "yes";

  /** The label of a sentence that does not. */
  public static final String NO = "no";

  static final String FOLDER = "/org/clausewatch/flag/models/";

  private static final Map<ClauseCategory, Optional<ClauseModel>> LOADED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final Model<Label> model;
  private final double threshold;
  private final Map<String, Double> weights = new HashMap<>();

  public ClauseModel(Model<Label> model, double threshold) {
    this.model = model;
    this.threshold = threshold;
    Map<String, List<com.oracle.labs.mlrg.olcut.util.Pair<String, Double>>> top =
        model.getTopFeatures(-1);
    top.getOrDefault(YES, List.of()).forEach(p -> weights.merge(p.getA(), p.getB(), Double::sum));
    top.getOrDefault(NO, List.of()).forEach(p -> weights.merge(p.getA(), -p.getB(), Double::sum));
  }

  /** The shipped model of this category, if it has one. */
  public static Optional<ClauseModel> of(ClauseCategory category) {
    return LOADED.computeIfAbsent(category, ClauseModel::load);
  }

  private static Optional<ClauseModel> load(ClauseCategory category) {
    Properties thresholds = new Properties();
    try (InputStream in = ClauseModel.class.getResourceAsStream(FOLDER + "thresholds.properties")) {
      if (in == null) {
        return Optional.empty();
      }
      thresholds.load(in);
      String threshold = thresholds.getProperty(category.name());
      if (threshold == null) {
        return Optional.empty();
      }
      try (InputStream packed =
          ClauseModel.class.getResourceAsStream(FOLDER + category.name() + ".tribuo.gz")) {
        if (packed == null) {
          return Optional.empty();
        }
        InputStream model = new java.util.zip.GZIPInputStream(packed);
        @SuppressWarnings("unchecked")
        Model<Label> read = (Model<Label>) Model.deserializeFromStream(model);
        return Optional.of(new ClauseModel(read, Double.parseDouble(threshold)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model of " + category, e);
    }
  }

  /** The bytes of a file in the models' folder; none if it is not there. */
  static byte[] resourceBytes(String name) {
    try (InputStream in = ClauseModel.class.getResourceAsStream(FOLDER + name)) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  public double threshold() {
    return threshold;
  }

  /** The probability the model gives that the sentence shows its category. */
  public double score(SentenceFeatures features) {
    if (features.isEmpty()
        || features.names().stream().noneMatch(n -> model.getFeatureIDMap().get(n) != null)) {
      return 0;
    }
    List<String> names = features.names();
    double[] values = new double[names.size()];
    java.util.Arrays.fill(values, 1.0);
    Prediction<Label> prediction =
        model.predict(
            new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names.toArray(String[]::new), values));
    Label yes = prediction.getOutputScores().get(YES);
    return yes == null ? 0 : yes.getScore();
  }

  /**
   * The words that decided, if the sentence shows the category: the stretch of at most {@link
   * #STRETCH} characters whose words and word pairs weigh most towards it together (a phrase such
   * as "agrees not to challenge" reads better than its strongest word alone, and a lone name a
   * model learnt from one contract weighs less than such a phrase); the whole sentence if no word
   * leans that way.
   */
  public Optional<Span> find(CharSequence sentence, SentenceFeatures features) {
    if (score(features) < threshold) {
      return Optional.empty();
    }
    List<Weighted> towards = new java.util.ArrayList<>();
    for (String name : features.names()) {
      double w = weights.getOrDefault(name, 0.0);
      if (w > 0 && !name.startsWith(SentenceFeatures.PATTERN)) {
        towards.add(new Weighted(features.spanOf(name), w));
      }
    }
    return Optional.of(strongestStretch(towards).orElse(new Span(0, sentence.length())));
  }

  /** The longest stretch of a sentence the words marked as evidence span. */
  static final int STRETCH = 60;

  /** Where a feature occurs in the sentence, and how much it weighs towards the category. */
  record Weighted(Span span, double weight) {}

  /**
   * The stretch, at most {@link #STRETCH} characters from its first word's start to its last word's
   * end, holding the largest sum of weights; empty if there is nothing to weigh. Of equal sums, the
   * first.
   */
  static Optional<Span> strongestStretch(List<Weighted> features) {
    List<Weighted> sorted = new java.util.ArrayList<>(features);
    sorted.sort(java.util.Comparator.comparingInt((Weighted w) -> w.span().start()));
    Span best = null;
    double bestSum = 0;
    for (int i = 0; i < sorted.size(); i++) {
      int start = sorted.get(i).span().start();
      int end = sorted.get(i).span().end();
      double sum = 0;
      for (int j = i; j < sorted.size(); j++) {
        Span s = sorted.get(j).span();
        if (s.start() - start > STRETCH) {
          break;
        }
        if (s.end() - start <= STRETCH || j == i) {
          sum += sorted.get(j).weight();
          end = Math.max(end, s.end());
        }
      }
      if (sum > bestSum) {
        bestSum = sum;
        best = new Span(start, end);
      }
    }
    return Optional.ofNullable(best);
  }
}
