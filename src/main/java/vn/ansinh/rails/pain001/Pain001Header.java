package vn.ansinh.rails.pain001;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import vn.ansinh.rails.party.AccountId;
import vn.ansinh.rails.party.AsciiText;
import vn.ansinh.rails.party.BankIdentity;

/**
 * Everything a pain.001 file says before its first transaction. The count and the sum are declared up front — the
 * caller knows them from the database — and {@link Pain001Writer} holds the transactions written to them.
 * Names must already be ASCII; {@link #of} converts Vietnamese names.
 */
public record Pain001Header(
        String messageId,
        OffsetDateTime createdAt,
        long numberOfTransactions,
        long controlSumVnd,
        String initiatingPartyName,
        String paymentInformationId,
        LocalDate requestedExecutionDate,
        String debtorName,
        AccountId debtorAccount,
        BankIdentity debtorAgent) {

    public Pain001Header {
        Pain001Limits.requireIdentifier(messageId, "MsgId");
        Pain001Limits.requireIdentifier(paymentInformationId, "PmtInfId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(requestedExecutionDate, "requestedExecutionDate");
        Objects.requireNonNull(debtorAccount, "debtorAccount");
        Objects.requireNonNull(debtorAgent, "debtorAgent");
        if (numberOfTransactions < 1 || numberOfTransactions > Pain001Limits.TRANSACTIONS_PER_FILE_MAX) {
            throw new IllegalArgumentException("a file holds 1-" + Pain001Limits.TRANSACTIONS_PER_FILE_MAX
                    + " transactions, not " + numberOfTransactions);
        }
        if (controlSumVnd < numberOfTransactions) {
            throw new IllegalArgumentException("every transaction is at least 1 VND, so the control sum is at least "
                    + "the count");
        }
        requireAscii(initiatingPartyName, "InitgPty name");
        requireAscii(debtorName, "Dbtr name");
    }

    /** A header whose names are converted to ASCII first. */
    public static Pain001Header of(String messageId, OffsetDateTime createdAt, long numberOfTransactions,
            long controlSumVnd, String initiatingPartyName, String paymentInformationId,
            LocalDate requestedExecutionDate, String debtorName, AccountId debtorAccount, BankIdentity debtorAgent) {
        return new Pain001Header(messageId, createdAt, numberOfTransactions, controlSumVnd,
                AsciiText.of(initiatingPartyName, Pain001Limits.NAME_LENGTH_MAX), paymentInformationId,
                requestedExecutionDate, AsciiText.of(debtorName, Pain001Limits.NAME_LENGTH_MAX), debtorAccount,
                debtorAgent);
    }

    private static void requireAscii(String name, String field) {
        if (name == null || !AsciiText.isAscii(name, Pain001Limits.NAME_LENGTH_MAX)) {
            throw new IllegalArgumentException(field + " is 1-140 characters of A-Z, 0-9 and single spaces");
        }
    }
}
