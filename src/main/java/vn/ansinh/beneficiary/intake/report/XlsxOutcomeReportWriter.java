package vn.ansinh.beneficiary.intake.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The outcome report as an .xlsx workbook written by fastexcel. Rows are flushed to the stream in batches so
 * memory stays flat; amounts are numeric cells, everything else text. Closing finishes the workbook but leaves the
 * stream open, as fastexcel does.
 */
public final class XlsxOutcomeReportWriter implements OutcomeReportWriter {

    /** Rows held before they are flushed to the stream. */
    static final int ROWS_PER_FLUSH = 10_000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int nextRow;

    public XlsxOutcomeReportWriter(OutputStream stream) {
        this.workbook = new Workbook(stream, "ansinh", "1.0");
        this.sheet = workbook.newWorksheet("Kết quả");
        writeTexts(ReportColumns.HEADERS);
    }

    @Override
    public void write(OutcomeReportRow row) throws IOException {
        if (nextRow >= Worksheet.MAX_ROWS) {
            throw new IllegalStateException("a worksheet holds at most " + Worksheet.MAX_ROWS + " rows");
        }
        List<String> cells = ReportColumns.cells(row);
        writeTexts(cells);
        sheet.value(nextRow - 1, 0, row.rowNumber());
        row.amountVnd().ifPresent(amount -> sheet.value(nextRow - 1, ReportColumns.AMOUNT_COLUMN, amount));
        if (nextRow % ROWS_PER_FLUSH == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }

    private void writeTexts(List<String> cells) {
        for (int column = 0; column < cells.size(); column++) {
            sheet.value(nextRow, column, cells.get(column));
        }
        nextRow++;
    }
}
