package org.clausewatch.contract.web;

import java.math.BigDecimal;
import java.util.StringJoiner;

/** One RFC 4180 CSV line, safe to open in a spreadsheet. */
final class CsvLine {

  private CsvLine() {}

  static String of(Object... cells) {
    StringJoiner line = new StringJoiner(",", "", "\r\n");
    for (Object cell : cells) {
      line.add(cell(cell));
    }
    return line.toString();
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    String text = value.toString();
    // A leading = + - @ would make a spreadsheet evaluate the cell as a formula.
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",")
        || text.contains("\"")
        || text.contains("\n")
        || text.contains("\r")
        || text.startsWith("'")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
