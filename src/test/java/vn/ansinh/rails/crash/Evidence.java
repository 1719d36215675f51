package vn.ansinh.rails.crash;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.ansinh.fixtures.payments.BankPayments;
import vn.ansinh.fixtures.payments.LedgerReport;
import vn.ansinh.fixtures.payments.LedgerSummary;

/**
 * What the engine's database and the simulated banks' ledgers each say about released runs, payment by payment,
 * and every place where they disagree: a settled payment the bank did not book exactly once, a rejection the bank
 * did not make, a payment the bank never saw. Money per state comes from the payments, the run total from the run.
 */
record Evidence(long payments, long totalVnd, Map<String, Long> countByState, Map<String, Long> vndByState,
        List<String> disagreements, long disagreementsCount, LedgerSummary bank) {

    static final Set<String> FINAL = Set.of("SETTLED", "REJECTED", "RETURNED");
    /** Disagreements named in a failure message; the count says how many there were in all. */
    static final int NAMED_MAX = 20;

    private static final Map<String, String> BANK_STATUS = Map.of(
            "SETTLED", "ACSC", "REJECTED", "RJCT", "RETURNED", "RETURNED");

    static Evidence gather(Connection db, BankPayments bank, List<ReleasedRun> runs) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Long> amounts = new TreeMap<>();
        List<String> named = new ArrayList<>();
        long disagreements = 0;
        long payments = 0;
        long total = 0;
        for (ReleasedRun run : runs) {
            total += runTotal(db, run.id());
            try (PreparedStatement query = db.prepareStatement(
                    "select end_to_end_id, state, amount_vnd from payment where run_id = ? order by line_no")) {
                query.setLong(1, run.id());
                query.setFetchSize(5_000);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        payments++;
                        String state = rows.getString(2);
                        long amount = rows.getLong(3);
                        counts.merge(state, 1L, Long::sum);
                        amounts.merge(state, amount, Long::sum);
                        String disagreement = disagreement(rows.getString(1), state, amount, bank);
                        if (!disagreement.isEmpty()) {
                            disagreements++;
                            if (named.size() < NAMED_MAX) named.add(disagreement);
                        }
                    }
                }
            }
        }
        return new Evidence(payments, total, counts, amounts, named, disagreements, bank.ledgerSummary());
    }

    /** Payments of the runs not yet in a final state. */
    static long outstanding(Connection db, List<ReleasedRun> runs) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select count(*) from payment where run_id = any(?) "
                + "and state not in ('SETTLED', 'REJECTED', 'RETURNED')")) {
            query.setArray(1, db.createArrayOf("int8", runs.stream().map(ReleasedRun::id).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static long inState(Connection db, List<ReleasedRun> runs, String state) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select count(*) from payment where run_id = any(?) and state = ?")) {
            query.setArray(1, db.createArrayOf("int8", runs.stream().map(ReleasedRun::id).toArray()));
            query.setString(2, state);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String disagreement(String endToEndId, String state, long amount, BankPayments bank) {
        LedgerReport ledger = bank.ledger(endToEndId);
        if (ledger.banks().size() != 1) {
            return endToEndId + " " + state + ": known to " + ledger.banks().size() + " banks";
        }
        LedgerReport.BankRecord record = ledger.banks().getFirst();
        int booked = state.equals("REJECTED") ? 0 : 1;
        if (!FINAL.contains(state) || ledger.timesBooked() != booked
                || !BANK_STATUS.get(state).equals(record.status()) || record.amount() != amount) {
            return endToEndId + " " + state + " " + amount + " VND: bank " + record.status() + " "
                    + record.amount() + " VND, booked " + ledger.timesBooked() + " times";
        }
        return "";
    }

    private static long runTotal(Connection db, long run) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select total_vnd from payout_run where id = ?")) {
            query.setLong(1, run);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    long count(String state) {
        return countByState.getOrDefault(state, 0L);
    }

    long vnd(String state) {
        return vndByState.getOrDefault(state, 0L);
    }

    /** Payments in no final state, and their money: what Σ pending means. */
    long pendingVnd() {
        return vndByState.entrySet().stream().filter(entry -> !FINAL.contains(entry.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    long pendingCount() {
        return countByState.entrySet().stream().filter(entry -> !FINAL.contains(entry.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    String describe() {
        return "payments " + payments + ", total " + totalVnd + " VND, by state " + countByState + " " + vndByState
                + ", bank " + bank + ", disagreements " + disagreementsCount + " " + disagreements;
    }
}
