package vn.ansinh.merchant.switchrecon;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;

/**
 * Compares our card totals per terminal and business date with the switch's clearing file (the latest one that
 * covers the date) and with each 0500 terminals sent that day, and stores the breaks, replacing those of an earlier
 * run for the date. Runs when a clearing file arrives and again at cutover, when our side is final.
 */
@ApplicationScoped
public class SwitchReconciliation {

    private static final String OURS = """
            select terminal_id,
                count(*) filter (where kind = 'SALE') as sales, coalesce(sum(amount_vnd) filter (where kind = 'SALE'), 0) as sale_vnd,
                count(*) filter (where kind = 'REVERSAL') as reversals,
                coalesce(sum(amount_vnd) filter (where kind = 'REVERSAL'), 0) as reversal_vnd
            from merchant_entry where business_date = $1 and source = 'CARD' group by terminal_id""";
    private static final String THEIRS = """
            select terminal_id, sale_count, sale_vnd, reversal_count, reversal_vnd from clearing_total
            where business_date = $1
              and file_id = (select max(file_id) from clearing_total where business_date = $1)""";
    private static final String BATCH_REPORTS = """
            select id, terminal_id, our_debit_count, our_debit_vnd, our_credit_count, our_credit_vnd,
                stated_debit_count, stated_debit_vnd, stated_credit_count, stated_credit_vnd
            from terminal_batch_report where business_date = $1 order by id""";
    private static final String FORGET = "delete from switch_break where business_date = $1";
    private static final String INSERT = """
            insert into switch_break (business_date, terminal_id, source, break_class, our_count, our_vnd,
                our_reversal_count, our_reversal_vnd, their_count, their_vnd, their_reversal_count, their_reversal_vnd)
            select $1, t.terminal, t.source, t.class, t.oc, t.ov, t.orc, t.orv, t.tc, t.tv, t.trc, t.trv
            from unnest($2::text[], $3::text[], $4::text[], $5::bigint[], $6::bigint[], $7::bigint[], $8::bigint[],
                $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[])
                as t(terminal, source, class, oc, ov, orc, orv, tc, tv, trc, trv)""";
    private static final String LIST = """
            select * from switch_break where business_date = $1 order by source, terminal_id, id""";

    @Inject Pool pool;
    @Inject AuditLog audit;

    /** Recomputes and stores the breaks of one date; answers them. */
    public Uni<List<SwitchBreak>> reconcile(LocalDate businessDate, String actor) {
        var date = Tuple.of(businessDate);
        return pool.withTransaction(connection -> connection.preparedQuery(OURS).execute(date).chain(ours ->
                connection.preparedQuery(THEIRS).execute(date).chain(theirs ->
                        connection.preparedQuery(BATCH_REPORTS).execute(date).chain(reports -> {
                            var breaks = new ArrayList<SwitchBreak>();
                            if (theirs.rowCount() > 0) {
                                breaks.addAll(SwitchComparer.compare(totals(ours, 1), totals(theirs, 1), BreakSource.CLEARING_FILE));
                            }
                            breaks.addAll(batchBreaks(reports));
                            return store(connection, businessDate, breaks, theirs.rowCount() > 0, actor);
                        }))));
    }

    public Uni<List<SwitchBreak>> breaks(LocalDate businessDate) {
        return pool.preparedQuery(LIST).execute(Tuple.of(businessDate)).map(rows -> {
            var breaks = new ArrayList<SwitchBreak>(rows.size());
            for (Row row : rows) {
                breaks.add(new SwitchBreak(row.getString("terminal_id"), BreakSource.valueOf(row.getString("source")),
                        BreakClass.valueOf(row.getString("break_class")),
                        new TerminalTotals(row.getLong("our_count"), row.getLong("our_vnd"),
                                row.getLong("our_reversal_count"), row.getLong("our_reversal_vnd")),
                        new TerminalTotals(row.getLong("their_count"), row.getLong("their_vnd"),
                                row.getLong("their_reversal_count"), row.getLong("their_reversal_vnd"))));
            }
            return breaks;
        });
    }

    /** Each 0500 whose stated totals differ from what we held open is a break of its own. */
    private static List<SwitchBreak> batchBreaks(RowSet<Row> reports) {
        var breaks = new ArrayList<SwitchBreak>();
        for (Row row : reports) {
            var ours = new TerminalTotals(row.getLong("our_debit_count"), row.getLong("our_debit_vnd"),
                    row.getLong("our_credit_count"), row.getLong("our_credit_vnd"));
            var stated = new TerminalTotals(row.getLong("stated_debit_count"), row.getLong("stated_debit_vnd"),
                    row.getLong("stated_credit_count"), row.getLong("stated_credit_vnd"));
            SwitchComparer.classify(ours, stated).ifPresent(found -> breaks.add(
                    new SwitchBreak(row.getString("terminal_id"), BreakSource.TERMINAL_BATCH, found, ours, stated)));
        }
        return breaks;
    }

    private static Map<String, TerminalTotals> totals(RowSet<Row> rows, int firstNumber) {
        var byTerminal = new HashMap<String, TerminalTotals>();
        for (Row row : rows) {
            byTerminal.put(row.getString(0), new TerminalTotals(row.getLong(firstNumber), row.getLong(firstNumber + 1),
                    row.getLong(firstNumber + 2), row.getLong(firstNumber + 3)));
        }
        return byTerminal;
    }

    private Uni<List<SwitchBreak>> store(SqlConnection connection, LocalDate businessDate, List<SwitchBreak> breaks,
                                         boolean clearingFileSeen, String actor) {
        int n = breaks.size();
        String[] terminal = new String[n], source = new String[n], breakClass = new String[n];
        Long[][] numbers = new Long[8][n];
        for (int i = 0; i < n; i++) {
            SwitchBreak found = breaks.get(i);
            terminal[i] = found.terminalId();
            source[i] = found.source().name();
            breakClass[i] = found.breakClass().name();
            long[] values = {found.ours().count(), found.ours().amountVnd(), found.ours().reversalCount(),
                found.ours().reversalVnd(), found.theirs().count(), found.theirs().amountVnd(),
                found.theirs().reversalCount(), found.theirs().reversalVnd()};
            for (int column = 0; column < 8; column++) {
                numbers[column][i] = values[column];
            }
        }
        var params = Tuple.tuple().addLocalDate(businessDate).addArrayOfString(terminal).addArrayOfString(source)
                .addArrayOfString(breakClass);
        for (Long[] column : numbers) {
            params.addArrayOfLong(column);
        }
        var facts = new LinkedHashMap<String, Object>();
        facts.put("breaks", (long) n);
        facts.put("clearingFileSeen", clearingFileSeen);
        return connection.preparedQuery(FORGET).execute(Tuple.of(businessDate))
                .chain(() -> connection.preparedQuery(INSERT).execute(params))
                .chain(() -> audit.append(connection, new AuditEvent(actor, "SWITCH_RECONCILED",
                        "switch-reconciliation:" + businessDate, facts)))
                .replaceWith(breaks);
    }
}
