package vn.ansinh.merchant.settlement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes a generated scenario into the ledger as the bookings would have, straight over JDBC and on a business
 * date of the test's choosing: card sales with their journal rows, QR payments, reversals pointing at their sale,
 * refunds within what is left. A "reversed yesterday" step books yesterday's sale and today's reversal.
 */
final class ScenarioWriter {

    private final Connection db;
    private long stan;

    ScenarioWriter(Connection db) {
        this.db = db;
    }

    long merchant(LedgerScenario scenario) throws SQLException {
        try (var insert = db.prepareStatement("""
                insert into merchant (name, mcc, address, settlement_bin, settlement_account, settlement_holder,
                    mdr_rate_bp, mdr_fixed_vnd, mdr_cap_vnd, created_by)
                values ('Property', '5411', 'Generated', '970436', '0071000123456', 'PROPERTY', ?, ?, ?, 'test')
                returning id""")) {
            insert.setInt(1, scenario.plan().rateBp());
            insert.setLong(2, scenario.plan().fixedVnd());
            if (scenario.plan().capVnd().isPresent()) {
                insert.setLong(3, scenario.plan().capVnd().get());
            } else {
                insert.setNull(3, Types.BIGINT);
            }
            long id = single(insert);
            execute("insert into merchant_qr (reference, merchant_id, payload, created_by) values (?, ?, 'x', 'test')",
                    "P" + id, id);
            return id;
        }
    }

    void day(long merchant, LedgerScenario scenario, LocalDate date) throws SQLException {
        var sales = new ArrayList<long[]>(); // {amount, isCard, reversedToday, refunded, entryId, cardOrQrKey}
        var qrIds = new ArrayList<String>();
        for (LedgerScenario.Step step : scenario.steps()) {
            switch (step.kind()) {
                case LedgerScenario.CARD_SALE -> sales.add(cardSale(merchant, step.amountVnd(), date));
                case LedgerScenario.QR_SALE -> sales.add(qrSale(merchant, step.amountVnd(), date, qrIds));
                case LedgerScenario.REVERSE_TODAY -> reverse(LedgerScenario.pick(sales, step.pick(), true), date);
                case LedgerScenario.REFUND -> refund(merchant, LedgerScenario.pick(sales, step.pick(), false), step.share(), date, qrIds);
                default -> {
                    long[] yesterday = cardSale(merchant, step.amountVnd(), date.minusDays(1));
                    reverse(Optional.of(yesterday), date);
                }
            }
        }
    }

    private long[] cardSale(long merchant, long amount, LocalDate date) throws SQLException {
        long card;
        try (var insert = db.prepareStatement("""
                insert into card_transaction (terminal_id, stan, transmitted_at, merchant_id, mti, kind, amount_vnd,
                    currency, state, response_code) values (?, ?, '0101000000', ?, '0200', 'DEBIT', ?, '704', 'APPROVED', '00')
                returning id""")) {
            insert.setString(1, "Q" + UUID.randomUUID().toString().substring(0, 7).toUpperCase());
            insert.setString(2, String.format("%06d", ++stan % 1_000_000));
            insert.setLong(3, merchant);
            insert.setLong(4, amount);
            card = single(insert);
        }
        long entry = entry(merchant, "CARD", "SALE", amount, date, card, null, null, null);
        return new long[] {amount, 1, 0, 0, entry, card};
    }

    private long[] qrSale(long merchant, long amount, LocalDate date, List<String> qrIds) throws SQLException {
        String id = UUID.randomUUID().toString();
        execute("""
                insert into qr_payment (transaction_id, reference, merchant_id, amount_vnd, paid_at, payer_bank)
                values (?, ?, ?, ?, now(), '970415')""", id, "P" + merchant, merchant, amount);
        qrIds.add(id);
        long entry = entry(merchant, "QR", "SALE", amount, date, null, id, null, null);
        return new long[] {amount, 0, 0, 0, entry, qrIds.size() - 1};
    }

    private void reverse(Optional<long[]> sale, LocalDate date) throws SQLException {
        if (sale.isEmpty()) {
            return;
        }
        long[] found = sale.get();
        found[2] = 1;
        execute("update card_transaction set state = 'REVERSED' where id = ?", found[5]);
        long merchant = single("select merchant_id from merchant_entry where id = " + found[4]);
        entry(merchant, "CARD", "REVERSAL", found[0], date, found[5], null, null, found[4]);
    }

    private void refund(long merchant, Optional<long[]> sale, int share, LocalDate date, List<String> qrIds)
            throws SQLException {
        if (sale.isEmpty()) {
            return;
        }
        long[] found = sale.get();
        long amount = LedgerScenario.refundOf(found, share);
        found[3] += amount;
        String payment = qrIds.get((int) found[5]);
        String refundId = UUID.randomUUID().toString();
        execute("insert into qr_refund (refund_id, transaction_id, amount_vnd) values (?, ?, ?)", refundId, payment, amount);
        execute("update qr_payment set refunded_vnd = refunded_vnd + ? where transaction_id = ?", amount, payment);
        entry(merchant, "QR", "REFUND", amount, date, null, payment, refundId, null);
    }

    private long entry(long merchant, String source, String kind, long amount, LocalDate date, Long card, String qr,
                       String refund, Long reverses) throws SQLException {
        try (var insert = db.prepareStatement("""
                insert into merchant_entry (merchant_id, source, kind, amount_vnd, business_date, card_transaction_id,
                    qr_transaction_id, qr_refund_id, reverses_entry_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")) {
            bind(insert, merchant, source, kind, amount, date, card, qr, refund, reverses);
            return single(insert);
        }
    }

    private void execute(String sql, Object... values) throws SQLException {
        try (var statement = db.prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
        }
    }

    private long single(String sql) throws SQLException {
        try (var statement = db.prepareStatement(sql)) {
            return single(statement);
        }
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (var rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
