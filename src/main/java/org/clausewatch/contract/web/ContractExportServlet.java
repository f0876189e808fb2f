package org.clausewatch.contract.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.clausewatch.contract.application.ContractService;
import org.clausewatch.contract.domain.ContractQuery;
import org.clausewatch.contract.domain.ContractSortField;
import org.clausewatch.contract.domain.ContractSummary;
import org.clausewatch.shared.Classification;
import org.clausewatch.shared.SortDirection;
import org.clausewatch.shared.web.CsvLine;
import org.clausewatch.shared.web.Spreadsheets;

/**
 * {@code /contracts/export.csv} and {@code .xlsx}: the filtered contract list (same URL filters as
 * the page), streamed in chunks of {@value #CHUNK} rows read by keyset, so memory stays flat
 * whatever the list's size.
 */
@WebServlet(urlPatterns = {"/contracts/export.csv", "/contracts/export.xlsx"})
public class ContractExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final int CHUNK = 1000;
  static final String[] HEADER = {
    "Number",
    "Title",
    "Type",
    "Buyer",
    "Vendor",
    "Status",
    "Classification",
    "Ceiling",
    "Obligated",
    "Currency",
    "Needs attention",
    "Most urgent reason",
    "Illustrative"
  };

  @Inject private ContractService contracts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ContractQuery query =
        ContractFilter.parse(request::getParameter)
            .toQuery(ContractSortField.NUMBER, SortDirection.ASCENDING);
    boolean xlsx = request.getServletPath().endsWith(".xlsx");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"contracts." + (xlsx ? "xlsx" : "csv") + "\"");
    if (xlsx) {
      response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      writeXlsx(query, response.getOutputStream());
    } else {
      response.setContentType("text/csv; charset=UTF-8");
      writeCsv(query, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }
  }

  private void eachChunk(ContractQuery query, ChunkConsumer consumer) throws IOException {
    String after = null;
    while (true) {
      List<ContractSummary> chunk = contracts.exportChunk(query, after, CHUNK);
      if (chunk.isEmpty()) {
        return;
      }
      consumer.accept(chunk);
      if (chunk.size() < CHUNK) {
        return;
      }
      after = chunk.get(chunk.size() - 1).number();
    }
  }

  private void writeCsv(ContractQuery query, Writer out) throws IOException {
    out.write(CsvLine.of((Object[]) HEADER));
    eachChunk(
        query,
        chunk -> {
          for (ContractSummary c : chunk) {
            out.write(CsvLine.of(cells(c)));
          }
        });
    out.flush();
  }

  private void writeXlsx(ContractQuery query, OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      SXSSFSheet sheet = workbook.createSheet("Contracts");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADER.length; i++) {
        header.createCell(i).setCellValue(HEADER[i]);
      }
      org.apache.poi.ss.usermodel.CellStyle amountStyle = workbook.createCellStyle();
      amountStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
      int[] next = {1};
      Classification[] highest = {null};
      eachChunk(
          query,
          chunk -> {
            for (ContractSummary c : chunk) {
              highest[0] = Classification.highest(Arrays.asList(highest[0], c.classification()));
              Row row = sheet.createRow(next[0]++);
              Object[] cells = cells(c);
              for (int i = 0; i < cells.length; i++) {
                if (cells[i] instanceof java.math.BigDecimal amount) {
                  writeAmount(row.createCell(i), amount, amountStyle);
                } else {
                  row.createCell(i).setCellValue(String.valueOf(cells[i]));
                }
              }
            }
          });
      Spreadsheets.markPrintedPages(sheet, highest[0]);
      workbook.write(out);
    }
  }

  /**
   * A spreadsheet number is a binary double. An amount it holds exactly (up to 15 significant
   * digits, every amount below a trillion) is written as a number, so sums work; a larger one as
   * its exact decimal text, so that no cent is lost.
   */
  static void writeAmount(
      org.apache.poi.ss.usermodel.Cell cell,
      java.math.BigDecimal amount,
      org.apache.poi.ss.usermodel.CellStyle style) {
    double d = amount.doubleValue();
    if (java.math.BigDecimal.valueOf(d).compareTo(amount) == 0
        && amount.precision() - amount.scale() <= 13) {
      cell.setCellValue(d);
      cell.setCellStyle(style);
    } else {
      cell.setCellValue(amount.toPlainString());
    }
  }

  private static Object[] cells(ContractSummary c) {
    return new Object[] {
      c.number(),
      c.title(),
      c.type().name(),
      c.buyerName(),
      c.vendorName(),
      c.status().name(),
      c.classification().name(),
      c.ceilingAmount(),
      c.obligatedAmount(),
      c.currency(),
      c.needsAttention() ? "yes" : "no",
      c.urgencyLevel() == null ? "" : c.urgencyLevel().name().toLowerCase(java.util.Locale.ROOT),
      c.illustrative() == null ? "" : "Illustrative: " + c.illustrative()
    };
  }

  @FunctionalInterface
  private interface ChunkConsumer {
    void accept(List<ContractSummary> chunk) throws IOException;
  }
}
