package vn.ansinh.beneficiary.intake.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The outcome report as CSV: UTF-8 with a byte-order mark, because without one Excel opens Vietnamese text as
 * mojibake; comma-separated, CRLF line ends. Closing closes the stream.
 */
public final class CsvOutcomeReportWriter implements OutcomeReportWriter {

    private final CSVPrinter printer;

    public CsvOutcomeReportWriter(OutputStream stream) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(ReportColumns.HEADERS);
    }

    @Override
    public void write(OutcomeReportRow row) throws IOException {
        printer.printRecord(ReportColumns.cells(row));
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
