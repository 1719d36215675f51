package vn.ansinh.beneficiary.intake.report;

import java.io.IOException;

/**
 * Writes the outcome report one row at a time, so a million-row report never sits in memory. Close it to finish
 * the file; a report that was not closed is incomplete.
 */
public sealed interface OutcomeReportWriter extends AutoCloseable permits CsvOutcomeReportWriter,
        XlsxOutcomeReportWriter {

    void write(OutcomeReportRow row) throws IOException;

    @Override
    void close() throws IOException;
}
