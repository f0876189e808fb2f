package org.clausewatch.shared.web;

import org.apache.poi.ss.usermodel.Sheet;
import org.clausewatch.shared.Classification;

/** What every exported spreadsheet carries. */
public final class Spreadsheets {

  private Spreadsheets() {}

  /**
   * The highest marking of the rows at the top and the bottom of every printed page (the sheet's
   * header and footer), as the page it was exported from shows it in its banners; none for a sheet
   * without contracts.
   */
  public static void markPrintedPages(Sheet sheet, Classification highest) {
    if (highest != null) {
      sheet.getHeader().setCenter(highest.label());
      sheet.getFooter().setCenter(highest.label());
    }
  }
}
