package vn.ansinh.beneficiary.intake.report;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import vn.ansinh.beneficiary.intake.BeneficiaryRow;
import vn.ansinh.beneficiary.intake.Outcome;
import vn.ansinh.beneficiary.intake.RowProblem;
import vn.ansinh.identity.Masking;

/**
 * One line of the outcome report. The CCCD and account number are held masked from the start, so nothing
 * downstream of this record can leak them.
 */
public record OutcomeReportRow(
        long rowNumber,
        String fullName,
        String cccdMasked,
        OptionalLong amountVnd,
        String bank,
        String accountMasked,
        Outcome outcome,
        List<RowProblem> problems) {

    public OutcomeReportRow {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(cccdMasked, "cccdMasked");
        Objects.requireNonNull(amountVnd, "amountVnd");
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(accountMasked, "accountMasked");
        Objects.requireNonNull(outcome, "outcome");
        problems = List.copyOf(problems);
        if (outcome != Outcome.of(problems.stream().map(RowProblem::code).toList())) {
            throw new IllegalArgumentException("outcome " + outcome + " does not follow from the row's reasons");
        }
    }

    /** The report line for a row and every problem it earned; the outcome follows from the problems. */
    public static OutcomeReportRow of(BeneficiaryRow row, List<RowProblem> problems) {
        return new OutcomeReportRow(row.rowNumber(), row.fullName(), Masking.cccd(row.cccd()), row.amountVnd(),
                row.bank(), Masking.account(row.accountNumber()),
                Outcome.of(problems.stream().map(RowProblem::code).toList()), problems);
    }
}
