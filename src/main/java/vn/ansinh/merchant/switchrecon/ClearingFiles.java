package vn.ansinh.merchant.switchrecon;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.merchant.MerchantConfig;
import vn.ansinh.platform.DomainException;

/**
 * Receives the switch's clearing file: refused whole if any row is wrong, stored once (the same bytes again are
 * recognised by their SHA-256 and change nothing), then every business date it covers is reconciled.
 */
@ApplicationScoped
public class ClearingFiles {

    public record Received(long fileId, boolean duplicate, int rows, List<DateResult> dates) {}

    public record DateResult(LocalDate businessDate, int breaks) {}

    private static final String FIND = "select id, row_count from clearing_file where sha256 = $1";
    private static final String INSERT_FILE = """
            insert into clearing_file (sha256, bank_bin, row_count, received_by) values ($1, $2, $3, $4)
            on conflict (sha256) do nothing returning id""";
    private static final String INSERT_ROWS = """
            insert into clearing_total (file_id, business_date, terminal_id, sale_count, sale_vnd, reversal_count, reversal_vnd)
            select $1, t.d, t.terminal, t.c, t.v, t.rc, t.rv
            from unnest($2::date[], $3::text[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[])
                as t(d, terminal, c, v, rc, rv)""";
    private static final String DATES = "select distinct business_date from clearing_total where file_id = $1 order by 1";

    @Inject Pool pool;
    @Inject AuditLog audit;
    @Inject SwitchReconciliation reconciliation;
    @Inject MerchantConfig config;

    public Uni<Received> receive(byte[] bytes, String bankBin, String actor) {
        String sha256 = sha256(bytes);
        return pool.preparedQuery(FIND).execute(Tuple.of(sha256)).chain(found -> {
            if (found.rowCount() == 1) {
                long id = found.iterator().next().getLong("id");
                return results(id, found.iterator().next().getInteger("row_count"), true, actor);
            }
            List<ClearingRow> rows = switch (ClearingFile.read(bytes, config.clearingRowsMax())) {
                case ClearingFile.Read.Parsed parsed -> parsed.rows();
                case ClearingFile.Read.Refused refused -> throw DomainException.invalid("CLEARING_FILE_INVALID",
                        "The clearing file has " + refused.violations().size() + " problem(s); nothing was stored.",
                        refused.violations());
            };
            return pool.withTransaction(connection -> store(connection, sha256, bankBin, rows, actor))
                    .chain(id -> results(id, rows.size(), false, actor));
        });
    }

    private Uni<Long> store(SqlConnection connection, String sha256, String bankBin, List<ClearingRow> rows, String actor) {
        return connection.preparedQuery(INSERT_FILE).execute(Tuple.of(sha256, bankBin, rows.size(), actor)).chain(inserted -> {
            if (inserted.rowCount() == 0) {
                throw DomainException.conflict("CLEARING_FILE_IN_FLIGHT", "The same file is being stored; send it again.");
            }
            long id = inserted.iterator().next().getLong("id");
            var facts = new LinkedHashMap<String, Object>();
            facts.put("sha256", sha256);
            facts.put("rows", (long) rows.size());
            facts.put("dates", new TreeSet<>(rows.stream().map(row -> row.businessDate().toString()).toList()).toString());
            return connection.preparedQuery(INSERT_ROWS).execute(columns(id, rows))
                    .call(() -> audit.append(connection, new AuditEvent(actor, "CLEARING_FILE_RECEIVED",
                            "clearing-file:" + id, facts)))
                    .replaceWith(id);
        });
    }

    private Uni<Received> results(long fileId, int rows, boolean duplicate, String actor) {
        return pool.preparedQuery(DATES).execute(Tuple.of(fileId))
                .chain(dates -> Multi.createFrom().iterable(dates)
                        .onItem().transformToUniAndConcatenate(row -> {
                            LocalDate date = row.getLocalDate(0);
                            Uni<List<SwitchBreak>> breaks = duplicate ? reconciliation.breaks(date)
                                    : reconciliation.reconcile(date, actor);
                            return breaks.map(found -> new DateResult(date, found.size()));
                        })
                        .collect().asList())
                .map(results -> new Received(fileId, duplicate, rows, results));
    }

    private static Tuple columns(long fileId, List<ClearingRow> rows) {
        int n = rows.size();
        var dates = new LocalDate[n];
        var terminals = new String[n];
        Long[] counts = new Long[n], amounts = new Long[n], reversalCounts = new Long[n], reversalAmounts = new Long[n];
        for (int i = 0; i < n; i++) {
            ClearingRow row = rows.get(i);
            dates[i] = row.businessDate();
            terminals[i] = row.terminalId();
            counts[i] = row.totals().count();
            amounts[i] = row.totals().amountVnd();
            reversalCounts[i] = row.totals().reversalCount();
            reversalAmounts[i] = row.totals().reversalVnd();
        }
        return Tuple.tuple().addLong(fileId).addArrayOfLocalDate(dates).addArrayOfString(terminals)
                .addArrayOfLong(counts).addArrayOfLong(amounts).addArrayOfLong(reversalCounts).addArrayOfLong(reversalAmounts);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

}
