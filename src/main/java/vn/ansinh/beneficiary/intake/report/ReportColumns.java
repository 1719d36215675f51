package vn.ansinh.beneficiary.intake.report;

import java.util.List;
import java.util.stream.Collectors;
import vn.ansinh.beneficiary.intake.IntakeField;
import vn.ansinh.beneficiary.intake.RowProblem;

/** The report's columns and the text of each cell, shared by the CSV and XLSX writers so that they agree. */
final class ReportColumns {

    static final List<String> HEADERS = List.of("row", IntakeField.FULL_NAME.columnName(),
            IntakeField.CCCD.columnName(), IntakeField.AMOUNT.columnName(), IntakeField.BANK.columnName(),
            IntakeField.ACCOUNT_NUMBER.columnName(), "outcome", "reasons", "details");

    static final int AMOUNT_COLUMN = 3;

    private ReportColumns() {
    }

    /** Every cell as text, already neutralised; the amount is "" when the row had none. */
    static List<String> cells(OutcomeReportRow row) {
        return List.of(
                Long.toString(row.rowNumber()),
                SpreadsheetText.neutralise(row.fullName()),
                SpreadsheetText.neutralise(row.cccdMasked()),
                row.amountVnd().isPresent() ? Long.toString(row.amountVnd().getAsLong()) : "",
                SpreadsheetText.neutralise(row.bank()),
                SpreadsheetText.neutralise(row.accountMasked()),
                row.outcome().name(),
                row.problems().stream().map(problem -> problem.code().name()).distinct()
                        .collect(Collectors.joining(" ")),
                SpreadsheetText.neutralise(row.problems().stream().map(RowProblem::describe)
                        .collect(Collectors.joining("; "))));
    }
}
