package org.clausewatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausewatch.flag.domain.ClauseCategory;
import org.clausewatch.flag.domain.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the lawyers' labels of a folder in the CUAD layout; the wording is modelled on CUAD's (CC
 * BY 4.0, The Atticus Project), where a span cut short has "<omitted>" and no offset.
 */
class CuadLabelsTest {

  private static final String CONTRACT =
      "1. Grant.\n\nSONY hereby grants to PURCHASER a worldwide,  non-exclusive\nlicense under the"
          + " Licensed Patents. The fee is due monthly. Such license may be used only in the"
          + " Territory.";

  @Test
  void aCutShortSpanIsFoundPieceByPieceWhateverTheWhiteSpace() {
    List<Span> pieces =
        CuadLabels.locate(
            CONTRACT,
            "SONY hereby grants to PURCHASER a worldwide, non-exclusive license<omitted>may be used"
                + " only in the Territory.");

    assertThat(pieces).hasSize(2);
    assertThat(CONTRACT.substring(pieces.get(0).start(), pieces.get(0).end()))
        .isEqualTo("SONY hereby grants to PURCHASER a worldwide,  non-exclusive\nlicense");
    assertThat(CONTRACT.substring(pieces.get(1).start(), pieces.get(1).end()))
        .isEqualTo("may be used only in the Territory.");
  }

  @Test
  void aPieceNotInTheTextIsLeftOutAndNoneFoundIsEmpty() {
    assertThat(CuadLabels.locate(CONTRACT, "SONY hereby grants<omitted>words nowhere"))
        .containsExactly(new Span(CONTRACT.indexOf("SONY"), CONTRACT.indexOf("SONY") + 18));
    assertThat(CuadLabels.locate(CONTRACT, "words nowhere<omitted>nor here")).isEmpty();
  }

  @Test
  void rowsWithAnOffsetAreTakenAsGivenAndCutShortOnesAreLocated(@TempDir Path folder)
      throws IOException {
    Files.createDirectories(folder.resolve("contracts"));
    Files.writeString(folder.resolve("contracts/a.txt"), CONTRACT);
    int fee = CONTRACT.indexOf("The fee");
    Files.writeString(
        folder.resolve("spans.csv"),
        "contract_filename,txt_file,category,answer,span_index,span_text,char_start\n"
            + "a.pdf,a.txt,License Grant,,0,\"SONY hereby grants<omitted>only in the"
            + " Territory.\",\n"
            + "a.pdf,a.txt,Revenue/Profit Sharing,,0,The fee is due monthly.,"
            + fee
            + "\n"
            + "a.pdf,a.txt,Insurance,,0,\"not<omitted>in this contract\",\n"
            + "a.pdf,a.txt,Parties,,0,SONY,"
            + CONTRACT.indexOf("SONY")
            + "\n"
            + "a.pdf,a.txt,Audit Rights,,,,\n"
            + "b.pdf,b.txt,Insurance,,0,\"a contract<omitted>not in the folder\",\n");

    CuadLabels.Read read = CuadLabels.of(folder);

    assertThat(read.located()).isEqualTo(1);
    assertThat(read.missing()).isEqualTo(2);
    var spans = read.spans().get("a.txt");
    assertThat(spans.get(ClauseCategory.LICENSE_GRANT)).hasSize(2);
    assertThat(spans.get(ClauseCategory.REVENUE_PROFIT_SHARING))
        .containsExactly(new Span(fee, fee + "The fee is due monthly.".length()));
    assertThat(spans).doesNotContainKeys(ClauseCategory.AUDIT_RIGHTS, ClauseCategory.INSURANCE);
    assertThat(read.spans()).doesNotContainKey("b.txt");
  }
}
