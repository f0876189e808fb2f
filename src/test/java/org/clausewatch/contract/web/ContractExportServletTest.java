package org.clausewatch.contract.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ContractExportServletTest {

  @Test
  void anAmountADoubleHoldsExactlyIsANumberAndALargerOneKeepsEveryCentAsText() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      var style = book.createCellStyle();
      var row = book.createSheet().createRow(0);

      Cell ceiling = row.createCell(0);
      ContractExportServlet.writeAmount(ceiling, new BigDecimal("200000000.00"), style);
      Cell huge = row.createCell(1);
      ContractExportServlet.writeAmount(huge, new BigDecimal("98765432109876543.21"), style);

      assertThat(ceiling.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(ceiling.getNumericCellValue()).isEqualTo(200_000_000.0);
      assertThat(huge.getCellType()).isEqualTo(CellType.STRING);
      assertThat(huge.getStringCellValue()).isEqualTo("98765432109876543.21");
    }
  }
}
