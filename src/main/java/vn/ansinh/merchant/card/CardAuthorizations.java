package vn.ansinh.merchant.card;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.ansinh.iso8583.acquirer.AuthorizationRequest;
import vn.ansinh.iso8583.acquirer.DecidingJournal.Recorded;
import vn.ansinh.iso8583.acquirer.JournalEntry;
import vn.ansinh.iso8583.acquirer.TransactionKey;
import vn.ansinh.iso8583.acquirer.TransactionState;
import vn.ansinh.merchant.MerchantConfig;
import vn.ansinh.merchant.ledger.Ledger;

/**
 * The acquirer's hot path: a 0100 or 0200 reserved against duplicates, decided and booked by one call of the
 * database function {@code card_authorize} (migration V11, where the rule and the booking lock are explained), in
 * one statement outside any explicit transaction. So one round trip and one commit per request, and that commit
 * waits for its WAL flush: when this returns the decision is durable, and only then does the terminal hear it.
 * Concurrent requests' commits share flushes (PostgreSQL writes and flushes WAL for every commit waiting at once),
 * which is the group commit the host gets without any server setting.
 *
 * <p>The card number is passed as BIN and last four only; it is never stored or logged whole. Blocking: called on
 * the host's connection threads.
 */
@ApplicationScoped
public class CardAuthorizations {

    private static final String AUTHORIZE = """
            select * from card_authorize($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)""";

    @Inject Pool pool;
    @Inject Ledger ledger;
    @Inject MerchantConfig config;

    public Recorded reserveAndDecide(JournalEntry pending, AuthorizationRequest request) {
        if (pending.state() != TransactionState.PENDING || !pending.key().equals(request.key())) {
            throw new IllegalArgumentException("only a pending entry, for the request's own key, can be decided");
        }
        TransactionKey key = pending.key();
        Optional<CardNumber> card = request.primaryAccountNumber().flatMap(CardNumber::of);
        var values = Tuple.tuple().addString(key.terminalId()).addString(key.stan())
                .addString(key.transmissionDateTime()).addString(pending.mti()).addString(pending.kind().name())
                .addLong(pending.amountMinor()).addString(pending.currency())
                .addString(pending.retrievalReference().orElse(null))
                .addString(card.map(CardNumber::bin).orElse(null))
                .addString(card.map(CardNumber::lastFour).orElse(null))
                .addLocalDate(ledger.calendarDateNow());
        RowSet<Row> rows = pool.preparedQuery(AUTHORIZE).execute(values).await().atMost(config.databaseTimeout());
        if (rows.rowCount() != 1) {
            throw new IllegalStateException("card_authorize answered " + rows.rowCount() + " rows for " + key);
        }
        Row row = rows.iterator().next();
        JournalEntry entry = PostgresTransactionJournal.entryOf(row);
        return row.getBoolean("duplicate") ? new Recorded.Duplicate(entry) : new Recorded.Decided(entry);
    }
}
