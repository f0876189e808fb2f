package org.clausewatch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clausewatch.shared.web.CsvLine;

/**
 * Fuzzes the export's CSV writer (issue #11): any cells read back as one record with the same
 * number of cells, each the defused text, and no cell a spreadsheet reads, whether it splits on
 * commas or semicolons, starts a formula. Time-boxed; runs in {@code mvn verify}.
 */
class CsvFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void anyCellsReadBackAndNeverStartAFormula(FuzzedDataProvider data) throws Exception {
    int n = data.consumeInt(1, 6);
    String[] cells = new String[n];
    for (int i = 0; i < n; i++) {
      cells[i] = data.consumeString(80);
    }
    String line = CsvLine.of((Object[]) cells);

    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(line)).getRecords();
    assertThat(records).hasSize(1);
    List<String> read = records.get(0).toList();
    assertThat(read).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(read.get(i)).isEqualTo(CsvLine.defuse(cells[i]));
      for (String piece : read.get(i).split("[,;]")) {
        String start = piece.stripLeading();
        assertThat(start.isEmpty() || "=+-@".indexOf(start.charAt(0)) < 0)
            .as("a formula starts in %s", read.get(i))
            .isTrue();
      }
    }
  }
}
