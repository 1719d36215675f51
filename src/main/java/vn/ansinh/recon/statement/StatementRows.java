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
import java.util.TreeMap;
import vn.ansinh.reconciliation.model.Balance;
import vn.ansinh.reconciliation.model.BalanceType;
import vn.ansinh.reconciliation.model.StatementFormat;
import vn.ansinh.reconciliation.model.StatementHeader;
import vn.ansinh.reconciliation.model.StatementSummary;

/**
 * Stored statements: one row per statement with its summary, written from what the first read saw and read back
 * into the library's {@link StatementSummary}, so the completeness checks run on stored data, never on files.
 */
public final class StatementRows {

    /** What a stored statement row carries besides its summary. */
    public record Stored(long id, long fileId, String bankBin, LocalDate firstDate, LocalDate lastDate,
                         StatementSummary summary) {}

    public static final String SELECT = """
            select s.id, s.file_id, s.bank_bin, s.account, s.format, s.message_id, s.statement_ref, s.sequence_number,
                s.page_number, s.currency, s.first_date, s.last_date, s.balances::text as balances, s.credit_count,
                s.debit_count, s.credit_total_vnd, s.debit_total_vnd, s.booked_net_vnd,
                s.booked_net_by_value_date::text as by_value_date, s.declared_entry_count, s.declared_net_vnd
            from bank_statement s""";

    private static final String INSERT = """
            insert into bank_statement (file_id, position_in_file, bank_bin, account, format, message_id, statement_ref,
                identity_key, sequence_number, page_number, currency, first_date, last_date, balances, credit_count,
                debit_count, credit_total_vnd, debit_total_vnd, booked_net_vnd, booked_net_by_value_date,
                declared_entry_count, declared_net_vnd)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, cast(cast($14 as text) as jsonb), $15, $16, $17, $18, $19,
                cast(cast($20 as text) as jsonb), $21, $22)
            returning id""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private StatementRows() {
    }

    public static Uni<Long> insert(SqlClient sql, long fileId, int position, String bankBin, LocalDate firstDate,
                                   LocalDate lastDate, StatementSummary summary) {
        StatementHeader header = summary.header();
        Tuple params = Tuple.tuple().addLong(fileId).addInteger(position).addString(bankBin)
                .addString(header.account().orElseThrow()).addString(header.format().name())
                .addString(header.messageId()).addString(header.statementId()).addString(header.identityKey())
                .addLong(header.sequence().isPresent() ? header.sequence().getAsLong() : null)
                .addInteger(header.page().isPresent() ? header.page().getAsInt() : null)
                .addString(header.currency().map(Currency::getCurrencyCode).orElse(null))
                .addLocalDate(firstDate).addLocalDate(lastDate).addString(balancesJson(summary.balances()))
                .addLong(summary.creditCount()).addLong(summary.debitCount()).addLong(summary.creditTotalMinor())
                .addLong(summary.debitTotalMinor()).addLong(summary.bookedNetMinor())
                .addString(write(byValueDate(summary)))
                .addLong(summary.declaredEntryCount().isPresent() ? summary.declaredEntryCount().getAsLong() : null)
                .addLong(summary.declaredNetMinor().isPresent() ? summary.declaredNetMinor().getAsLong() : null);
        return sql.preparedQuery(INSERT).execute(params).map(rows -> rows.iterator().next().getLong(0));
    }

    /** A row selected with {@link #SELECT}, back into the summary the parser made. */
    public static Stored stored(Row row) {
        Long sequence = row.getLong("sequence_number");
        Integer page = row.getInteger("page_number");
        Optional<Currency> currency = Optional.ofNullable(row.getString("currency")).map(Currency::getInstance);
        StatementHeader header = new StatementHeader(StatementFormat.valueOf(row.getString("format")),
                row.getString("message_id"), row.getString("statement_ref"), Optional.of(row.getString("account")),
                currency, sequence == null ? OptionalLong.empty() : OptionalLong.of(sequence),
                page == null ? OptionalInt.empty() : OptionalInt.of(page));
        Long declaredCount = row.getLong("declared_entry_count");
        Long declaredNet = row.getLong("declared_net_vnd");
        StatementSummary summary = new StatementSummary(header, balances(row.getString("balances")),
                row.getLong("credit_count"), row.getLong("debit_count"), row.getLong("credit_total_vnd"),
                row.getLong("debit_total_vnd"), row.getLong("booked_net_vnd"), byValueDate(row.getString("by_value_date")),
                declaredCount == null ? OptionalLong.empty() : OptionalLong.of(declaredCount),
                declaredNet == null ? OptionalLong.empty() : OptionalLong.of(declaredNet));
        return new Stored(row.getLong("id"), row.getLong("file_id"), row.getString("bank_bin"),
                row.getLocalDate("first_date"), row.getLocalDate("last_date"), summary);
    }

    static String balancesJson(List<Balance> balances) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Balance balance : balances) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", balance.type().name());
            item.put("signedVnd", balance.signedMinor());
            item.put("currency", balance.currency().getCurrencyCode());
            item.put("date", balance.date().toString());
            out.add(item);
        }
        return write(out);
    }

    static List<Balance> balances(String json) {
        List<Balance> out = new ArrayList<>();
        for (Map<String, Object> item : read(json, new TypeReference<List<Map<String, Object>>>() { })) {
            out.add(new Balance(BalanceType.valueOf(item.get("type").toString()),
                    ((Number) item.get("signedVnd")).longValue(), Currency.getInstance(item.get("currency").toString()),
                    LocalDate.parse(item.get("date").toString())));
        }
        return out;
    }

    private static Map<String, Long> byValueDate(StatementSummary summary) {
        Map<String, Long> out = new LinkedHashMap<>();
        summary.bookedNetByValueDate().forEach((date, net) -> out.put(date.toString(), net));
        return out;
    }

    private static TreeMap<LocalDate, Long> byValueDate(String json) {
        TreeMap<LocalDate, Long> out = new TreeMap<>();
        read(json, new TypeReference<Map<String, Long>>() { }).forEach((date, net) -> out.put(LocalDate.parse(date), net));
        return out;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("plain values always serialise", impossible);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("stored statement JSON is not what this class wrote", corrupt);
        }
    }
}
