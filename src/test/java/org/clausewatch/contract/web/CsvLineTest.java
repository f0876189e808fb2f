package org.clausewatch.contract.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvLineTest {

  @Test
  void cellsWithCommasQuotesOrNewlinesAreQuoted() {
    assertThat(CsvLine.of("a,b", "say \"no\"", "two\nlines", new BigDecimal("1.50"), null))
        .isEqualTo("\"a,b\",\"say \"\"no\"\"\",\"two\nlines\",1.50,\r\n");
  }

  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() {
    assertThat(CsvLine.of("=HYPERLINK(\"x\")", "-1+1", "@SUM"))
        .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",\"'-1+1\",\"'@SUM\"\r\n");
  }
}
