package vn.ansinh.beneficiary.intake.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.ansinh.beneficiary.intake.BeneficiaryRow;
import vn.ansinh.beneficiary.intake.IntakeField;
import vn.ansinh.beneficiary.intake.Outcome;
import vn.ansinh.beneficiary.intake.ReasonCode;
import vn.ansinh.beneficiary.intake.RowProblem;

class OutcomeReportWriterTest {

    private static final BeneficiaryRow HOSTILE = new BeneficiaryRow(7, "=HYPERLINK(\"http://x\",\"An\")",
            "079090001234", Optional.empty(), Optional.empty(), OptionalLong.of(1_500_000), "@VCB", "0071001234567",
            Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    private static final List<RowProblem> PROBLEMS = List.of(
            RowProblem.of(ReasonCode.DOB_INVALID, IntakeField.DATE_OF_BIRTH, "'x' is not a date"),
            RowProblem.of(ReasonCode.SHARED_ACCOUNT, IntakeField.ACCOUNT_NUMBER, "shared with row 3"));

    @Test
    void formulaLookingCellsAreNeutralised() {
        // Proves that each character a spreadsheet treats as a formula start gets a leading apostrophe.
        for (String text : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + text, SpreadsheetText.neutralise(text));
        }
        assertEquals("Nguyễn Văn An", SpreadsheetText.neutralise("Nguyễn Văn An"));
        assertEquals("", SpreadsheetText.neutralise(""));
    }

    @Test
    void theCsvReportIsMaskedAndNeutralised() throws IOException {
        // Proves that the CSV report masks CCCD and account, neutralises the hostile name and bank, and has a BOM.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvOutcomeReportWriter writer = new CsvOutcomeReportWriter(bytes)) {
            writer.write(OutcomeReportRow.of(HOSTILE, PROBLEMS));
        }
        String csv = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFrow,ho_ten,so_cccd,so_tien,ma_ngan_hang,so_tai_khoan,outcome,reasons"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"An\"\")\""), csv);
        assertTrue(csv.contains(",079******234,1500000,'@VCB,007*******567,REJECTED,DOB_INVALID SHARED_ACCOUNT,"), csv);
        assertFalse(csv.contains("079090001234"));
        assertFalse(csv.contains("0071001234567"));
    }

    @Test
    void theXlsxReportReadsBackMasked() throws IOException {
        // Proves that the XLSX report holds masked identifiers, a numeric amount and the combined outcome.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxOutcomeReportWriter writer = new XlsxOutcomeReportWriter(bytes)) {
            writer.write(OutcomeReportRow.of(HOSTILE, List.of(PROBLEMS.get(1))));
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("so_cccd", rows.get(0).getCellText(2));
            Row row = rows.get(1);
            assertEquals("'=HYPERLINK(\"http://x\",\"An\")", row.getCellText(1));
            assertEquals("079******234", row.getCellText(2));
            assertEquals(new BigDecimal("1500000"), row.getCellAsNumber(3).orElseThrow());
            assertEquals("007*******567", row.getCellText(5));
            assertEquals(Outcome.NEEDS_REVIEW.name(), row.getCellText(6));
        }
    }
}
