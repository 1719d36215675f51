package vn.ansinh.rails.dispatch;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import vn.ansinh.identity.Masking;

/**
 * One bank_file row with what the file needs from its run and program: declared once, before the first byte is
 * written, so that a file written again after a crash is the same file (same message id, same totals, same time).
 * The run's lines are numbered 1..runLines without gaps, one payment each, so the file's payments are read by ranges
 * of that key. The digest is the written file's: recorded when the release wrote it, or when the file was sent.
 */
record BankFile(
        long id,
        long runId,
        int runLines,
        String bankBin,
        String messageId,
        long transactions,
        long controlSumVnd,
        Status status,
        Optional<String> fileRef,
        OffsetDateTime declaredAt,
        String debtorAccount,
        String debtorName,
        String programCode,
        String period,
        Optional<String> sha256) {

    static final String FILE_SUFFIX = ".xml";

    /** V3's bank_file.status. */
    enum Status { WRITTEN, SENT, ACKNOWLEDGED, REJECTED }

    BankFile {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fileRef, "fileRef");
        Objects.requireNonNull(declaredAt, "declaredAt");
        Objects.requireNonNull(debtorAccount, "debtorAccount");
        Objects.requireNonNull(debtorName, "debtorName");
        Objects.requireNonNull(sha256, "sha256");
        if (transactions < 1 || controlSumVnd < transactions) {
            throw new IllegalStateException("bank file " + messageId + " declares " + transactions + " payments of "
                    + controlSumVnd + " VND");
        }
    }

    /** The same declaration paying from the given account (known to the release before any payment holds it). */
    BankFile withDebtorAccount(String account) {
        return new BankFile(id, runId, runLines, bankBin, messageId, transactions, controlSumVnd, status, fileRef,
                declaredAt, account, debtorName, programCode, period, sha256);
    }

    /** The file's name in the dispatcher's spool. */
    String fileName() {
        return messageId + FILE_SUFFIX;
    }

    /** The message id of the one file for a run and a paying bank; the bank is idempotent on it. */
    static String messageIdFor(long runId, String bankBin) {
        return "ANSINH-R" + runId + "-" + bankBin;
    }

    /** Where the bank's file statuses come from on payment events. */
    String statusSource() {
        return "pain002:" + fileRef.orElse(messageId);
    }

    @Override
    public String toString() {
        return "BankFile[" + messageId + " " + transactions + " payments " + controlSumVnd + " VND from "
                + Masking.account(debtorAccount) + " " + status + "]";
    }
}
