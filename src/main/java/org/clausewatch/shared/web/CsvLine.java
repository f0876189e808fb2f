package org.clausewatch.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * One line of the contract export, written by Apache Commons CSV (RFC 4180: comma, CRLF, double
 * quotes doubled). Amounts are exact decimals; every cell is quoted, so a spreadsheet that splits
 * on semicolons still reads one cell. Formula injection (OWASP "CSV Injection") is defused: a text
 * that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, and so
 * does every such character right after a comma or semicolon inside the text, for spreadsheets that
 * split on either without honouring the quotes.
 */
public final class CsvLine {

  static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get();

  /** A formula start at the beginning or after a comma or semicolon, spaces of any kind between. */
  private static final Pattern FORMULA =
      Pattern.compile("(^|[,;])([\\s\\p{Z}\\u001c-\\u001f]*)([=+\\-@])");

  private CsvLine() {}

  public static String of(Object... cells) {
    StringBuilder line = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(line, FORMAT)) {
      for (Object cell : cells) {
        printer.print(cell(cell));
      }
      printer.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return line.toString();
  }

  private static Object cell(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal amount) { // exact, never in scientific notation
      return amount.toPlainString();
    }
    return defuse(value.toString());
  }

  /** The text with every place a spreadsheet could start a formula made inert. */
  public static String defuse(String text) {
    String defused = FORMULA.matcher(text).replaceAll("$1$2'$3");
    if (!defused.isEmpty() && (defused.charAt(0) == '\t' || defused.charAt(0) == '\r')) {
      defused = "'" + defused;
    }
    return defused;
  }
}
