package vn.ansinh.merchant.card;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.ansinh.iso8583.Iso8583Message;
import vn.ansinh.iso8583.acquirer.BatchTotals;
import vn.ansinh.merchant.MerchantConfig;
import vn.ansinh.merchant.ledger.Ledger;

/** Stores the 0500 batch reports terminals send, on the business date they arrive. */
@ApplicationScoped
public class BatchReports {

    private static final String INSERT = """
            insert into terminal_batch_report (terminal_id, business_date, stated_credit_count, stated_credit_vnd,
                stated_debit_count, stated_debit_vnd, our_credit_count, our_credit_vnd, our_debit_count, our_debit_vnd,
                response_code)
            values ($1, %s, $3, $4, $5, $6, $7, $8, $9, $10, $11)""".formatted(Ledger.openDateSql("$2"));

    @Inject Pool pool;
    @Inject Ledger ledger;
    @Inject MerchantConfig config;

    /** What a 0500 states: credits DE74 (count) and DE86 (amount), debits DE76 and DE88, as plain numbers. */
    public record Stated(long creditCount, long creditVnd, long debitCount, long debitVnd) {
        private static final List<Integer> FIELDS = List.of(74, 86, 76, 88);

        static Optional<Stated> of(Iso8583Message request) {
            if (!FIELDS.stream().allMatch(field -> request.field(field).filter(v -> v.matches("[0-9]{1,18}")).isPresent())) {
                return Optional.empty();
            }
            return Optional.of(new Stated(number(request, 74), number(request, 86), number(request, 76),
                    number(request, 88)));
        }

        private static long number(Iso8583Message request, int field) {
            return Long.parseLong(request.field(field).orElseThrow());
        }
    }

    /** Called on a host worker thread; blocks until stored. */
    void record(String terminalId, Stated stated, BatchTotals ours, String responseCode) {
        var values = Tuple.tuple().addString(terminalId).addLocalDate(ledger.calendarDateNow())
                .addLong(stated.creditCount()).addLong(stated.creditVnd()).addLong(stated.debitCount())
                .addLong(stated.debitVnd()).addLong(ours.creditCount()).addLong(ours.creditAmountMinor())
                .addLong(ours.debitCount()).addLong(ours.debitAmountMinor()).addString(responseCode);
        pool.preparedQuery(INSERT).execute(values).await().atMost(config.databaseTimeout());
    }
}
