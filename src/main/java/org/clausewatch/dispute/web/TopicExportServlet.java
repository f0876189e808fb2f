package org.clausewatch.dispute.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.clausewatch.dispute.application.DisputeService;
import org.clausewatch.dispute.application.TopicComparison;
import org.clausewatch.shared.web.CsvLine;
import org.clausewatch.shared.web.Spreadsheets;

/**
 * {@code /topics/export.csv?id=...} and {@code .xlsx}: the topic comparison as the page shows it,
 * restrictions first, then the buyers' contracts without it; cells defused against formulas.
 */
@WebServlet(urlPatterns = {"/topics/export.csv", "/topics/export.xlsx"})
public class TopicExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String[] HEADER = {
    "Contract",
    "Title",
    "Marking",
    "Buyer",
    "Vendor",
    "Clause",
    "Restricted use",
    "Kind",
    "Condition",
    "Disputed",
    "Buyer's stance",
    "Vendor's stance",
    "Stances"
  };

  @Inject private DisputeService disputes;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(String.valueOf(request.getParameter("id")));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    TopicComparison topic = disputes.topic(id).orElse(null);
    if (topic == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean xlsx = request.getServletPath().endsWith(".xlsx");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"topic-" + id + (xlsx ? ".xlsx\"" : ".csv\""));
    List<Object[]> rows = rows(topic);
    if (xlsx) {
      response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
        SXSSFSheet sheet = workbook.createSheet("Topic");
        int r = 0;
        for (Object[] cells : rows) {
          Row row = sheet.createRow(r++);
          for (int i = 0; i < cells.length; i++) {
            row.createCell(i)
                .setCellValue(cells[i] == null ? "" : CsvLine.defuse(cells[i].toString()));
          }
        }
        Spreadsheets.markPrintedPages(sheet, topic.marking());
        workbook.write(response.getOutputStream());
      }
    } else {
      response.setContentType("text/csv; charset=UTF-8");
      Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
      for (Object[] cells : rows) {
        out.write(CsvLine.of(cells));
      }
      out.flush();
    }
  }

  static List<Object[]> rows(TopicComparison topic) {
    List<Object[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (TopicComparison.Row r : topic.rows()) {
      rows.add(
          new Object[] {
            r.contractNumber(),
            r.contractTitle(),
            r.marking(),
            r.buyer(),
            r.vendor(),
            r.clauseNumber(),
            r.restrictedUse(),
            r.kind(),
            r.condition(),
            r.term().disputed() ? "yes" : "no",
            r.buyerStance(),
            r.vendorStance(),
            r.term().standing().explanation()
          });
    }
    for (TopicComparison.Without w : topic.without()) {
      rows.add(
          new Object[] {
            w.number(),
            w.title(),
            w.marking(),
            w.buyer(),
            w.vendor(),
            null,
            "(no restriction about this topic)",
            null,
            null,
            null,
            null,
            null,
            null
          });
    }
    return rows;
  }
}
