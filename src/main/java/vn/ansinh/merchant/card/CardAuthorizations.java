package vn.ansinh.merchant.card;

import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.ansinh.iso8583.acquirer.AuthorizationRequest;
import vn.ansinh.iso8583.acquirer.DecidingJournal.Recorded;
import vn.ansinh.iso8583.acquirer.JournalEntry;
import vn.ansinh.iso8583.acquirer.TransactionKey;
import vn.ansinh.iso8583.acquirer.TransactionState;

/**
 * The acquirer's hot path: a 0100 or 0200 reserved against duplicates, decided and booked together with the
 * requests that arrived beside it, by one call of the database function {@code card_authorize_batch} (migration V12;
 * the rule and the booking lock are explained in V11 and V12) in one transaction ({@link AuthorizationBatches}).
 * That commit waits for its WAL flush: when this returns the decision is durable, and only then does the terminal
 * hear it.
 *
 * <p>The card number is passed as BIN and last four only; it is never stored or logged whole. Blocking: called on
 * the host's connection threads.
 */
@ApplicationScoped
public class CardAuthorizations {

    @Inject AuthorizationBatches batches;

    public Recorded reserveAndDecide(JournalEntry pending, AuthorizationRequest request) {
        if (pending.state() != TransactionState.PENDING || !pending.key().equals(request.key())) {
            throw new IllegalArgumentException("only a pending entry, for the request's own key, can be decided");
        }
        TransactionKey key = pending.key();
        Optional<CardNumber> card = request.primaryAccountNumber().flatMap(CardNumber::of);
        Row row = batches.authorize(new AuthorizationBatches.Call(key.terminalId(), key.stan(),
                key.transmissionDateTime(), pending.mti(), pending.kind().name(), pending.amountMinor(),
                pending.currency(), pending.retrievalReference().orElse(null), card.map(CardNumber::bin).orElse(null),
                card.map(CardNumber::lastFour).orElse(null)));
        JournalEntry entry = PostgresTransactionJournal.entryOf(row);
        return row.getBoolean("duplicate") ? new Recorded.Duplicate(entry) : new Recorded.Decided(entry);
    }
}
