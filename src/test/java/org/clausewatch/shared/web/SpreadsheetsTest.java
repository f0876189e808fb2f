package org.clausewatch.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clausewatch.shared.Classification;
import org.junit.jupiter.api.Test;

class SpreadsheetsTest {

  @Test
  void printedPagesCarryTheHighestMarkingTopAndBottom() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet("Contracts");
      Spreadsheets.markPrintedPages(sheet, Classification.TOP_SECRET);
      assertThat(sheet.getHeader().getCenter()).isEqualTo("TOP SECRET");
      assertThat(sheet.getFooter().getCenter()).isEqualTo("TOP SECRET");
    }
  }

  @Test
  void aSheetWithoutContractsCarriesNoMarking() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet("Contracts");
      Spreadsheets.markPrintedPages(sheet, null);
      assertThat(sheet.getHeader().getCenter()).isEmpty();
      assertThat(sheet.getFooter().getCenter()).isEmpty();
    }
  }
}
