package vn.ansinh.merchant.card;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import vn.ansinh.iso8583.acquirer.AuthorizationRequest;
import vn.ansinh.iso8583.acquirer.BatchTotals;
import vn.ansinh.iso8583.acquirer.DecidingJournal;
import vn.ansinh.iso8583.acquirer.JournalEntry;
import vn.ansinh.iso8583.acquirer.ResponseCode;
import vn.ansinh.iso8583.acquirer.TransactionKey;
import vn.ansinh.iso8583.acquirer.TransactionKind;
import vn.ansinh.iso8583.acquirer.TransactionState;
import vn.ansinh.merchant.MerchantConfig;
import vn.ansinh.merchant.ledger.Ledger;

/**
 * The acquirer host's journal on PostgreSQL ({@code card_transaction}), and the card half of the ledger: an
 * approved 0200 or 0220 books a SALE (or a card REFUND) and a reversal books its REVERSAL in the same transaction as
 * the state change. An approved 0100 is an authorisation only: journalled, counted in the terminal's batch as the
 * acquirer rules count it, but no money moves for it, so the ledger does not book it. Each method is one
 * transaction. The unique key (terminal, STAN, transmission date-time) is the atomic gate against duplicates: of two
 * identical requests at once, one inserts and the other sees it.
 *
 * <p>A 0100 or 0200 takes {@link #reserveAndDecide}, one statement; {@link #reserve} then {@link #decide} serve the
 * 0220 advice, which the terminal decided already.
 *
 * <p>Called on the host's connection threads, which may block; never on the event loop.
 */
@ApplicationScoped
public class PostgresTransactionJournal implements DecidingJournal {

    private static final String COLUMNS = """
            id, terminal_id, stan, transmitted_at, mti, kind, amount_vnd, currency, retrieval_reference, state,
            response_code, approval_code""";
    /**
     * Durability, precisely: a reservation commits without waiting for its WAL flush (PostgreSQL's asynchronous
     * commit, set for that one transaction); {@link #decide} commits with the wait. WAL is written and flushed in
     * order, so when the decision's commit is durable the reservation before it is too, and the terminal hears 00
     * only after that. A crash between the two loses at most a PENDING reservation whose request was never
     * answered: the terminal times out and reverses, and the reversal of an unknown key is answered as such. What
     * this saves is one flush wait per request, the host's largest cost on a busy disk.
     */
    static final String NO_FLUSH_WAIT = "(select set_config('synchronous_commit', 'off', true)) is not null";
    private static final String RESERVE = """
            insert into card_transaction (terminal_id, stan, transmitted_at, mti, kind, amount_vnd, currency,
                retrieval_reference, state, merchant_id)
            select $1::text, $2::char(6), $3::char(10), $4::char(4), $5::text, $6::bigint, $7::char(3), $8::text, 'PENDING',
                (select merchant_id from merchant_terminal where terminal_id = $1)
            where %s
            on conflict (terminal_id, stan, transmitted_at) do nothing
            returning id""".formatted(NO_FLUSH_WAIT);
    private static final String DECIDE = """
            with decided as (
                update card_transaction set state = $4, response_code = $5, approval_code = $6, decided_at = now()
                where terminal_id = $1 and stan = $2 and transmitted_at = $3 and state = 'PENDING'
                returning *),
            booked as (
                insert into merchant_entry (merchant_id, terminal_id, source, kind, amount_vnd, business_date,
                    card_transaction_id)
                select d.merchant_id, d.terminal_id, 'CARD', case d.kind when 'DEBIT' then 'SALE' else 'REFUND' end,
                    d.amount_vnd, %s, d.id
                from decided d where d.state = 'APPROVED' and d.merchant_id is not null and d.mti <> '0100'
                returning id)
            select %s, (select count(*) from booked) as booked from decided""".formatted(Ledger.openDateSql("$7"), COLUMNS);
    private static final String FIND = "select " + COLUMNS
            + " from card_transaction where terminal_id = $1 and stan = $2 and transmitted_at = $3";
    private static final String LOCK_ORIGINAL = FIND + " for update";
    private static final String FIND_BY_REFERENCE = "select " + COLUMNS + """
             from card_transaction where terminal_id = $1 and stan = $2 and retrieval_reference = $3
            order by id limit 1""";
    private static final String REVERSE = """
            with reversed as (
                update card_transaction set state = 'REVERSED', reversed_at = now() where id = $1 returning id, amount_vnd),
            original as (
                select id, merchant_id, terminal_id, kind from merchant_entry
                where card_transaction_id = $1 and kind in ('SALE', 'REFUND'))
            insert into merchant_entry (merchant_id, terminal_id, source, kind, amount_vnd, business_date,
                card_transaction_id, reverses_entry_id)
            select o.merchant_id, o.terminal_id, 'CARD', case o.kind when 'SALE' then 'REVERSAL' else 'REFUND_REVERSAL' end,
                r.amount_vnd, %s, r.id, o.id
            from reversed r join original o on true""".formatted(Ledger.openDateSql("$2"));
    private static final String OPEN_TOTALS = """
            select count(*) filter (where kind = 'CREDIT'), coalesce(sum(amount_vnd) filter (where kind = 'CREDIT'), 0),
                count(*) filter (where kind = 'DEBIT'), coalesce(sum(amount_vnd) filter (where kind = 'DEBIT'), 0)
            from card_transaction where terminal_id = $1 and batch_closed_at is null and state = 'APPROVED'""";
    private static final String CLOSE_BATCH = """
            update card_transaction set batch_closed_at = now()
            where terminal_id = $1 and batch_closed_at is null and state <> 'PENDING'""";

    @Inject Pool pool;
    @Inject Ledger ledger;
    @Inject MerchantConfig config;
    @Inject CardAuthorizations authorizations;

    /** The hot path for 0100 and 0200: see {@link CardAuthorizations}. */
    @Override
    public Recorded reserveAndDecide(JournalEntry pending, AuthorizationRequest request) {
        return authorizations.reserveAndDecide(pending, request);
    }

    @Override
    public Reservation reserve(JournalEntry pending) {
        if (pending.state() != TransactionState.PENDING) {
            throw new IllegalArgumentException("only a pending entry can be reserved");
        }
        TransactionKey key = pending.key();
        var values = Tuple.tuple().addString(key.terminalId()).addString(key.stan())
                .addString(key.transmissionDateTime()).addString(pending.mti()).addString(pending.kind().name())
                .addLong(pending.amountMinor()).addString(pending.currency())
                .addString(pending.retrievalReference().orElse(null));
        RowSet<Row> inserted = await(pool.preparedQuery(RESERVE).execute(values));
        if (inserted.rowCount() == 1) {
            return new Reservation.Reserved(pending);
        }
        return new Reservation.Duplicate(find(key).orElseThrow(() -> new IllegalStateException(
                "the key " + key + " conflicted but its entry cannot be read")));
    }

    @Override
    public JournalEntry decide(TransactionKey key, ResponseCode code, Optional<String> approvalCode) {
        String state = code == ResponseCode.APPROVED ? "APPROVED" : "DECLINED";
        var values = Tuple.tuple().addString(key.terminalId()).addString(key.stan())
                .addString(key.transmissionDateTime()).addString(state).addString(code.code())
                .addString(approvalCode.orElse(null)).addLocalDate(ledger.calendarDateNow());
        RowSet<Row> decided = await(pool.withTransaction(connection -> ledger.lockForBooking(connection)
                .chain(() -> connection.preparedQuery(DECIDE).execute(values))));
        if (decided.rowCount() != 1) {
            throw new IllegalStateException("only a reserved, pending entry can be decided: " + key);
        }
        Row row = decided.iterator().next();
        if (code == ResponseCode.APPROVED && row.getLong("booked") == 0 && !row.getString("mti").equals("0100")) {
            // Only an advice (0220) from a terminal we do not know gets here: recorded, but nobody to credit.
            System.getLogger(PostgresTransactionJournal.class.getName()).log(System.Logger.Level.WARNING,
                    "approved " + key + " has no merchant; journalled but not booked to any merchant");
        }
        return entryOf(row);
    }

    @Override
    public Optional<JournalEntry> find(TransactionKey key) {
        var values = Tuple.of(key.terminalId(), key.stan(), key.transmissionDateTime());
        return first(await(pool.preparedQuery(FIND).execute(values)));
    }

    @Override
    public Optional<JournalEntry> findByReference(String terminalId, String stan, String retrievalReference) {
        return first(await(pool.preparedQuery(FIND_BY_REFERENCE).execute(Tuple.of(terminalId, stan, retrievalReference))));
    }

    @Override
    public ReversalOutcome reverse(TransactionKey original) {
        var key = Tuple.of(original.terminalId(), original.stan(), original.transmissionDateTime());
        return await(pool.withTransaction(connection -> ledger.lockForBooking(connection)
                .chain(() -> connection.preparedQuery(LOCK_ORIGINAL).execute(key))
                .chain(rows -> {
                    if (rows.rowCount() == 0) {
                        return Uni.createFrom().item((ReversalOutcome) new ReversalOutcome.NotFound(original));
                    }
                    Row row = rows.iterator().next();
                    JournalEntry entry = entryOf(row);
                    return switch (entry.state()) {
                        case APPROVED -> connection.preparedQuery(REVERSE)
                                .execute(Tuple.of(row.getLong("id"), ledger.calendarDateNow()))
                                .replaceWith(new ReversalOutcome.Reversed(entry.reversed()));
                        case REVERSED -> Uni.createFrom().item(new ReversalOutcome.AlreadyReversed(entry));
                        case PENDING, DECLINED -> Uni.createFrom().item(new ReversalOutcome.NotReversible(entry));
                    };
                })));
    }

    @Override
    public BatchTotals openBatchTotals(String terminalId) {
        Row row = await(pool.preparedQuery(OPEN_TOTALS).execute(Tuple.of(terminalId))).iterator().next();
        return new BatchTotals(row.getLong(0), row.getLong(1), row.getLong(2), row.getLong(3));
    }

    /**
     * Closes every decided transaction of the terminal's open batch. The acquirer compared the 0500 with
     * {@link #openBatchTotals} just before; a terminal sends its 0500 after its last answer, in order on one
     * connection, so nothing of its own can slip in between.
     */
    @Override
    public void closeBatch(String terminalId) {
        await(pool.preparedQuery(CLOSE_BATCH).execute(Tuple.of(terminalId)));
    }

    private Optional<JournalEntry> first(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(entryOf(rows.iterator().next()));
    }

    static JournalEntry entryOf(Row row) {
        var key = new TransactionKey(row.getString("terminal_id"), row.getString("stan"), row.getString("transmitted_at"));
        Optional<ResponseCode> code = Optional.ofNullable(row.getString("response_code"))
                .map(text -> ResponseCode.ofCode(text).orElseThrow(() -> new IllegalStateException(
                        "journal holds response code " + text + " that the acquirer never sends")));
        return new JournalEntry(key, row.getString("mti"), TransactionKind.valueOf(row.getString("kind")),
                row.getLong("amount_vnd"), row.getString("currency"),
                Optional.ofNullable(row.getString("retrieval_reference")),
                TransactionState.valueOf(row.getString("state")), code,
                Optional.ofNullable(row.getString("approval_code")));
    }

    private <T> T await(Uni<T> step) {
        Duration timeout = config.databaseTimeout();
        return step.await().atMost(timeout);
    }
}
