package org.clausewatch.contract.web;

/** Opens the package-private CSV writer to the fuzz tests. */
public final class CsvLineProbe {

  private CsvLineProbe() {}

  public static String of(Object... cells) {
    return CsvLine.of(cells);
  }

  public static String defuse(String text) {
    return CsvLine.defuse(text);
  }
}
