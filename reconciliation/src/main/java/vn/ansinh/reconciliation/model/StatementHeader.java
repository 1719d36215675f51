package vn.ansinh.reconciliation.model;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What is known about a statement before its entries: known to every entry consumer.
 *
 * @param sequence electronic sequence number (camt ElctrncSeqNb, MT940 28C statement number)
 * @param page     page within the sequence (camt MsgPgntn/PgNb, MT940 28C sequence number)
 */
public record StatementHeader(StatementFormat format, String messageId, String statementId,
                              Optional<String> account, Optional<Currency> currency, OptionalLong sequence,
                              OptionalInt page) {
    public StatementHeader {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(page, "page");
    }

    /** Key recognising the same statement delivered twice: account, statement id, sequence and page. */
    public String identityKey() {
        return account.orElse("?") + '|' + statementId + '|' + (sequence.isPresent() ? sequence.getAsLong() : "-")
                + '|' + (page.isPresent() ? page.getAsInt() : "-");
    }
}
