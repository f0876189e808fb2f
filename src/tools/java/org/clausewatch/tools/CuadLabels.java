package org.clausewatch.tools;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clausewatch.flag.domain.ClauseCategory;
import org.clausewatch.flag.domain.Span;

/**
 * The spans lawyers labelled in a folder in the CUAD layout, by contract file and category.
 *
 * <p>Most rows of {@code spans.csv} give the span's character offset in the contract's text. The
 * rows of spans the annotators cut short (their text has {@code <omitted>} where words were left
 * out) have no offset: those are found in the text here, piece by piece in order, with any run of
 * white space matching any other, and each piece found becomes a span. In CUAD v1 that is 556 of
 * the 10,224 rows with a span's text (555 in the 38 clause categories: 43 of licence grant, 35 of
 * anti-assignment, ...); reading only the rows with an offset counted the sentences of those spans
 * as unlabelled, in training and evaluation. A row whose contract file is missing counts as not
 * found.
 */
final class CuadLabels {

  static final String OMITTED = "<omitted>";

  /** What was read: the spans, and how many labelled rows had to be found or were not found. */
  record Read(Map<String, Map<ClauseCategory, List<Span>>> spans, int located, int missing) {}

  private CuadLabels() {}

  static Read of(Path folder) throws IOException {
    Map<String, Map<ClauseCategory, List<Span>>> spans = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    int located = 0;
    int missing = 0;
    try (Reader in = Files.newBufferedReader(folder.resolve("spans.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
        String text = row.get("span_text");
        var category = ClauseCategory.ofCuadName(row.get("category"));
        if (text.isBlank() || category.isEmpty()) {
          continue;
        }
        String file = row.get("txt_file");
        String start = row.get("char_start").strip();
        List<Span> found;
        if (!start.isEmpty() && Integer.parseInt(start) >= 0) {
          int from = Integer.parseInt(start);
          found = List.of(new Span(from, from + text.length()));
        } else {
          String contract = texts.computeIfAbsent(file, f -> read(folder, f));
          found = contract == null ? List.of() : locate(contract, text);
          located += found.isEmpty() ? 0 : 1;
          missing += found.isEmpty() ? 1 : 0;
        }
        if (!found.isEmpty()) {
          spans
              .computeIfAbsent(file, f -> new EnumMap<>(ClauseCategory.class))
              .computeIfAbsent(category.get(), k -> new ArrayList<>())
              .addAll(found);
        }
      }
    }
    return new Read(spans, located, missing);
  }

  /**
   * The pieces of a span's text (split at {@code <omitted>}) found in order in the contract, any
   * run of white space matching any other; a piece not found after the one before it is left out
   * (empty: none was found).
   */
  static List<Span> locate(String contract, String spanText) {
    List<Span> found = new ArrayList<>();
    int from = 0;
    for (String piece : spanText.split(Pattern.quote(OMITTED))) {
      if (piece.isBlank()) {
        continue;
      }
      String[] words = piece.strip().split("\\s+");
      StringBuilder regex = new StringBuilder();
      for (String word : words) {
        regex.append(regex.isEmpty() ? "" : "\\s+").append(Pattern.quote(word));
      }
      Matcher m = Pattern.compile(regex.toString()).matcher(contract);
      if (m.find(from)) {
        found.add(new Span(m.start(), m.end()));
        from = m.end();
      }
    }
    return found;
  }

  /** The contract's text, or null if the folder has no such file. */
  private static String read(Path folder, String file) {
    Path path = folder.resolve("contracts").resolve(file);
    try {
      return Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
