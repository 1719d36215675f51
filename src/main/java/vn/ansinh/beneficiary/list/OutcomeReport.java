package vn.ansinh.beneficiary.list;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.OptionalLong;
import vn.ansinh.beneficiary.intake.Outcome;
import vn.ansinh.beneficiary.intake.ReasonCode;
import vn.ansinh.beneficiary.intake.RowProblem;
import vn.ansinh.beneficiary.intake.report.CsvOutcomeReportWriter;
import vn.ansinh.beneficiary.intake.report.OutcomeReportRow;
import vn.ansinh.beneficiary.intake.report.OutcomeReportWriter;
import vn.ansinh.beneficiary.intake.report.XlsxOutcomeReportWriter;

/** Writes a list's outcome report a page of rows at a time: blocking, for a worker thread. */
@ApplicationScoped
public class OutcomeReport {

    @Inject ListRows rows;

    public void write(long listId, boolean xlsx, OutputStream out) throws IOException {
        try (OutcomeReportWriter writer = xlsx ? new XlsxOutcomeReportWriter(out) : new CsvOutcomeReportWriter(out)) {
            long after = 0;
            while (true) {
                var page = rows.page(listId, Optional.empty(), Optional.empty(), after, ListRows.PAGE_ROWS_MAX)
                        .await().atMost(Duration.ofSeconds(60));
                for (var row : page) writer.write(reportRow(row));
                if (page.size() < ListRows.PAGE_ROWS_MAX) break;
                after = page.getLast().row();
            }
        }
    }

    static OutcomeReportRow reportRow(ListRows.RowView row) {
        var problems = new ArrayList<RowProblem>();
        for (int i = 0; i < row.reasons().size(); i++) {
            String detail = i < row.details().size() ? row.details().get(i) : "";
            problems.add(new RowProblem(ReasonCode.valueOf(row.reasons().get(i)), Optional.empty(), detail));
        }
        return new OutcomeReportRow(row.row(), row.fullName(), row.cccd(),
                row.amountVnd() == null ? OptionalLong.empty() : OptionalLong.of(row.amountVnd()),
                row.bankBin() == null ? "" : row.bankBin(), row.account(), Outcome.valueOf(row.outcome()), problems);
    }
}
