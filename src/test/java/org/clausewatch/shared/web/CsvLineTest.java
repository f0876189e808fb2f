package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvLineTest {

  private static List<String> readBack(String line) throws Exception {
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(line)).getRecords();
    assertThat(records).hasSize(1);
    return records.get(0).toList();
  }

  @Test
  void textsAreQuotedAmountsAreExactAndEverythingReadsBack() throws Exception {
    String line = CsvLine.of("a,b", "say \"no\"", "two\nlines", new BigDecimal("1.50"), null);

    assertThat(line).isEqualTo("\"a,b\",\"say \"\"no\"\"\",\"two\nlines\",\"1.50\",\r\n");
    assertThat(readBack(line)).containsExactly("a,b", "say \"no\"", "two\nlines", "1.50", "");
  }

  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() throws Exception {
    String line = CsvLine.of("=HYPERLINK(\"x\")", "-1+1", "@SUM", "\t=1");

    assertThat(readBack(line)).containsExactly("'=HYPERLINK(\"x\")", "'-1+1", "'@SUM", "'\t'=1");
  }

  @Test
  void aFormulaAfterASemicolonOrCommaIsDefusedForSpreadsheetsThatSplitThere() throws Exception {
    String line = CsvLine.of("Acme; =cmd|' /C calc'!A0", "x,+1+1", "fine; text", "a;\u2003@x");

    assertThat(readBack(line))
        .containsExactly("Acme; '=cmd|' /C calc'!A0", "x,'+1+1", "fine; text", "a;\u2003'@x");
    for (String cell : line.split(";")) {
      assertThat(cell.stripLeading()).doesNotStartWith("=").doesNotStartWith("+");
    }
  }
}
