package vn.ansinh.recon.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import vn.ansinh.reconciliation.model.BatchSummary;
import vn.ansinh.reconciliation.model.Direction;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.EntryStatus;
import vn.ansinh.reconciliation.model.Party;
import vn.ansinh.reconciliation.model.TransactionDetail;

/**
 * Statement lines in and out of PostgreSQL: written in bulk through unnest (one statement per batch, since the
 * reactive client has no COPY) and read back into the library's {@link Entry}, field for field, so a
 * reconciliation sees exactly what the parser saw. Transaction details travel as JSON.
 */
public final class StatementLines {

    /** A line to store: which stored statement it belongs to, and the entry as parsed. */
    public record Line(long statementId, Entry entry) {}

    public static final String COLUMNS = """
            statement_id, entry_index, amount_vnd, currency, direction, status, reversal, booking_date, value_date,
            bank_reference, end_to_end_id, remittance_text, counterparty_name, counterparty_account,
            bank_transaction_code, batch_message_id, batch_payment_information_id, batch_transaction_count,
            batch_total_vnd, details""";

    private static final String INSERT = "insert into statement_line (" + COLUMNS + ") "
            + """
            select t.sid, t.idx, t.amt, t.ccy, t.dir, t.sts, t.rev, t.bd, t.vd, t.ref, t.e2e, t.rmt, t.cpn, t.cpa,
                t.btc, t.bmsg, t.bpmt, t.bcnt, t.btot, cast(t.det as jsonb)
            from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::boolean[],
                $8::date[], $9::date[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],
                $16::text[], $17::text[], $18::int[], $19::bigint[], $20::text[])
                as t(sid, idx, amt, ccy, dir, sts, rev, bd, vd, ref, e2e, rmt, cpn, cpa, btc, bmsg, bpmt, bcnt, btot, det)""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private StatementLines() {
    }

    /** Inserts the lines in one statement; answers how many rows were written. */
    public static Uni<Integer> insert(SqlClient sql, List<Line> lines) {
        int n = lines.size();
        Long[] statement = new Long[n], index = new Long[n], amount = new Long[n], batchTotal = new Long[n];
        String[] currency = new String[n], direction = new String[n], status = new String[n], reference = new String[n],
                endToEnd = new String[n], remittance = new String[n], name = new String[n], account = new String[n],
                code = new String[n], batchMessage = new String[n], batchPayment = new String[n], details = new String[n];
        Boolean[] reversal = new Boolean[n];
        LocalDate[] booking = new LocalDate[n], value = new LocalDate[n];
        Integer[] batchCount = new Integer[n];
        for (int i = 0; i < n; i++) {
            Entry entry = lines.get(i).entry();
            BatchSummary batch = entry.batch().orElse(BatchSummary.empty());
            statement[i] = lines.get(i).statementId();
            index[i] = entry.index();
            amount[i] = entry.amountMinor();
            currency[i] = entry.currency().getCurrencyCode();
            direction[i] = entry.direction().name();
            status[i] = entry.status().name();
            reversal[i] = entry.reversal();
            booking[i] = entry.bookingDate().orElse(null);
            value[i] = entry.valueDate().orElse(null);
            reference[i] = entry.bankReference().orElse(null);
            endToEnd[i] = entry.endToEndId().orElse(null);
            remittance[i] = entry.remittanceText();
            name[i] = entry.counterparty().name().orElse(null);
            account[i] = entry.counterparty().account().orElse(null);
            code[i] = entry.bankTransactionCode().orElse(null);
            batchMessage[i] = entry.batch().isPresent() ? batch.messageId().orElse(null) : null;
            batchPayment[i] = entry.batch().isPresent() ? batch.paymentInformationId().orElse(null) : null;
            batchCount[i] = batch.transactionCount().isPresent() ? batch.transactionCount().getAsInt() : null;
            batchTotal[i] = batch.totalMinor().isPresent() ? batch.totalMinor().getAsLong() : null;
            details[i] = detailsJson(entry);
        }
        Tuple params = Tuple.tuple().addArrayOfLong(statement).addArrayOfLong(index).addArrayOfLong(amount)
                .addArrayOfString(currency).addArrayOfString(direction).addArrayOfString(status)
                .addArrayOfBoolean(reversal).addArrayOfLocalDate(booking).addArrayOfLocalDate(value)
                .addArrayOfString(reference).addArrayOfString(endToEnd).addArrayOfString(remittance)
                .addArrayOfString(name).addArrayOfString(account).addArrayOfString(code)
                .addArrayOfString(batchMessage).addArrayOfString(batchPayment).addArrayOfInteger(batchCount)
                .addArrayOfLong(batchTotal).addArrayOfString(details);
        return sql.preparedQuery(INSERT).execute(params).map(result -> result.rowCount());
    }

    /**
     * Reads one row back into the entry it was. A batch summary is present when the bank sent any of its fields; an
     * empty one (an empty Btch element) reads back as none, which the matcher treats alike.
     */
    public static Entry entry(Row row) {
        Optional<String> batchMessage = Optional.ofNullable(row.getString("batch_message_id"));
        Optional<String> batchPayment = Optional.ofNullable(row.getString("batch_payment_information_id"));
        Integer batchCount = row.getInteger("batch_transaction_count");
        Long batchTotal = row.getLong("batch_total_vnd");
        Optional<BatchSummary> batch = batchMessage.isPresent() || batchPayment.isPresent() || batchCount != null
                || batchTotal != null
                ? Optional.of(new BatchSummary(batchMessage, batchPayment,
                        batchCount == null ? OptionalInt.empty() : OptionalInt.of(batchCount),
                        batchTotal == null ? OptionalLong.empty() : OptionalLong.of(batchTotal)))
                : Optional.empty();
        return new Entry(row.getLong("entry_index"), row.getLong("amount_vnd"),
                Currency.getInstance(row.getString("currency")), Direction.valueOf(row.getString("direction")),
                EntryStatus.valueOf(row.getString("status")), row.getBoolean("reversal"),
                Optional.ofNullable(row.getLocalDate("booking_date")), Optional.ofNullable(row.getLocalDate("value_date")),
                Optional.ofNullable(row.getString("bank_reference")), Optional.ofNullable(row.getString("end_to_end_id")),
                row.getString("remittance_text"), new Party(Optional.ofNullable(row.getString("counterparty_name")),
                        Optional.ofNullable(row.getString("counterparty_account"))),
                Optional.ofNullable(row.getString("bank_transaction_code")), batch,
                details(row.getValue("details").toString()));
    }

    static String detailsJson(Entry entry) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TransactionDetail detail : entry.details()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("endToEndId", detail.endToEndId().orElse(null));
            item.put("amountVnd", detail.amountMinor().isPresent() ? detail.amountMinor().getAsLong() : null);
            item.put("direction", detail.direction().map(Enum::name).orElse(null));
            item.put("name", detail.counterparty().name().orElse(null));
            item.put("account", detail.counterparty().account().orElse(null));
            item.put("remittance", detail.remittanceText());
            item.put("returnReason", detail.returnReason().orElse(null));
            out.add(item);
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("transaction details of plain values always serialise", impossible);
        }
    }

    static List<TransactionDetail> details(String json) {
        List<Map<String, Object>> items;
        try {
            items = JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("stored transaction details are not the JSON this class wrote", corrupt);
        }
        List<TransactionDetail> details = new ArrayList<>(items.size());
        for (Map<String, Object> item : items) {
            Object amount = item.get("amountVnd");
            Object direction = item.get("direction");
            details.add(new TransactionDetail(text(item, "endToEndId"),
                    amount == null ? OptionalLong.empty() : OptionalLong.of(((Number) amount).longValue()),
                    direction == null ? Optional.empty() : Optional.of(Direction.valueOf(direction.toString())),
                    new Party(text(item, "name"), text(item, "account")),
                    text(item, "remittance").orElse(""), text(item, "returnReason")));
        }
        return details;
    }

    private static Optional<String> text(Map<String, Object> item, String key) {
        return Optional.ofNullable(item.get(key)).map(Object::toString);
    }
}
