package vn.ansinh.recon.run;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.ansinh.reconciliation.check.CompletenessReport;
import vn.ansinh.reconciliation.match.BankEntry;
import vn.ansinh.reconciliation.match.Payment;
import vn.ansinh.reconciliation.match.ReleasedBatch;

/**
 * Everything one run reads: the statement lines of the distinct statements in range with their completeness, the
 * payments and the released bank files of the account. Built from the database by {@link InputLoader}.
 *
 * @param statementCount statements stored for the range, duplicates included
 * @param fileIds        the statement files those statements came from
 */
public record Inputs(ReconciliationKey key, int statementCount, Set<Long> fileIds, CompletenessReport completeness,
                     List<Line> lines, List<PaymentInput> payments, List<ReleasedBatch> batches) {

    public Inputs {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(completeness, "completeness");
        fileIds = Set.copyOf(fileIds);
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
        batches = List.copyOf(batches);
    }

    /** A statement line as the matcher sees it, with where it is stored and the bank's statement id. */
    public record Line(LineRef ref, String statementRef, BankEntry bankEntry) {}

    /**
     * A payment of the account. {@code expected}: handed to the bank within the range and not refused, so its debit
     * belongs on these statements; payments only named by a line (a late return, a late booking) are not.
     */
    public record PaymentInput(long id, String endToEndId, String state, Optional<String> reasonCode,
                               String creditorAccount, String creditorName, Instant sentAt, boolean expected,
                               Payment payment) {}
}
