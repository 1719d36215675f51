package vn.ansinh.merchant.settlement;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import vn.ansinh.merchant.MdrPlan;
import vn.ansinh.merchant.MerchantConfig;
import vn.ansinh.merchant.card.CardNumber;

/**
 * Streams one merchant's settled entries of a date, a page at a time, with each sale's fee computed from the plan
 * the line was settled with, and checks at the end that they add up to the line: the report and the payout can
 * never tell two stories. Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class ReportEntries {

    static final int PAGE_ROWS = 2_000;
    private static final String PAGE = """
            select e.id, e.booked_at, e.source, e.kind, e.terminal_id, e.amount_vnd, e.qr_transaction_id, e.qr_refund_id,
                c.stan, c.retrieval_reference, c.pan_bin, c.pan_last4,
                case when e.kind = 'SALE' and r.id is null then %s else 0 end as fee_vnd
            from merchant_entry e
            join settlement_line l on l.batch_id = $1 and l.merchant_id = e.merchant_id
            left join card_transaction c on c.id = e.card_transaction_id
            left join merchant_entry r on r.reverses_entry_id = e.id and r.kind = 'REVERSAL'
                and r.business_date = e.business_date
            where e.business_date = $2 and e.merchant_id = $3 and e.id > $4
            order by e.id limit $5""".formatted(MdrPlan.feeSql("e.amount_vnd", "l"));

    @Inject Pool pool;
    @Inject MerchantConfig config;

    /** Hands every entry to {@code sink} in booking order; throws if they do not add up to {@code line}. */
    public void forEach(SettlementBatch batch, SettlementLine line, Consumer<ReportEntry> sink) {
        long after = 0;
        var seen = new Tally();
        while (true) {
            var rows = pool.preparedQuery(PAGE).execute(Tuple.tuple().addLong(batch.id())
                    .addLocalDate(batch.businessDate()).addLong(line.merchantId()).addLong(after).addInteger(PAGE_ROWS))
                    .await().atMost(config.databaseTimeout());
            for (Row row : rows) {
                ReportEntry entry = entryOf(row);
                seen.add(entry);
                sink.accept(entry);
                after = entry.entryId();
            }
            if (rows.rowCount() < PAGE_ROWS) {
                break;
            }
        }
        seen.requireEquals(line, batch.businessDate());
    }

    private static ReportEntry entryOf(Row row) {
        boolean card = row.getString("source").equals("CARD");
        String reference = card
                ? Optional.ofNullable(row.getString("retrieval_reference")).orElse("STAN " + row.getString("stan"))
                : Optional.ofNullable(row.getString("qr_refund_id")).orElse(row.getString("qr_transaction_id"));
        Optional<String> cardNumber = Optional.ofNullable(row.getString("pan_bin"))
                .map(bin -> new CardNumber(bin, row.getString("pan_last4")).masked());
        return new ReportEntry(row.getLong("id"), row.getOffsetDateTime("booked_at").toInstant(),
                row.getString("source"), row.getString("kind"), Optional.ofNullable(row.getString("terminal_id")),
                reference, cardNumber, row.getLong("amount_vnd"), row.getLong("fee_vnd"));
    }

    /** The report's own sums, compared with the settled line when the last entry has been written. */
    private static final class Tally {
        private long gross;
        private long against;
        private long fee;

        void add(ReportEntry entry) {
            if (entry.inMerchantsFavour()) {
                gross = Math.addExact(gross, entry.amountVnd());
            } else {
                against = Math.addExact(against, entry.amountVnd());
            }
            fee = Math.addExact(fee, entry.feeVnd());
        }

        void requireEquals(SettlementLine line, LocalDate date) {
            SettlementTotals totals = line.totals();
            if (gross != totals.grossVnd() || against != totals.reversalsVnd() + totals.refundsVnd() || fee != totals.feeVnd()) {
                throw new IllegalStateException("report of merchant " + line.merchantId() + " on " + date
                        + " does not add up to its settlement line");
            }
        }
    }
}
