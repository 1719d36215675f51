package vn.ansinh.beneficiary.list;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The beneficiary_list table: lists, their status and counters. */
@ApplicationScoped
public class BeneficiaryLists {

    private static final String COLUMNS = """
            id, program_code, file_name, content_sha256, format, status, rows_total, rows_read, rows_verified,
            rows_rejected, rows_needs_review, rows_pending, started_at, finished_at, failure_code, failure_detail""";

    @Inject Pool pool;

    public Uni<Optional<ListProgress>> find(String programCode, long id) {
        return pool.preparedQuery("select " + COLUMNS + " from beneficiary_list where id = $1 and program_code = $2")
                .execute(Tuple.of(id, programCode))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(progress(rows.iterator().next())));
    }

    public Uni<Optional<ListProgress>> find(long id) {
        return pool.preparedQuery("select " + COLUMNS + " from beneficiary_list where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(progress(rows.iterator().next())));
    }

    public Uni<Optional<Long>> findByContent(String programCode, String sha256) {
        return pool.preparedQuery("select id from beneficiary_list where program_code = $1 and content_sha256 = $2 "
                        + "and status <> 'FAILED'").execute(Tuple.of(programCode, sha256))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong(0)));
    }

    /** Counts of rows per reason code, for the summary of a finished list. */
    public Uni<Map<String, Long>> reasonCounts(long id) {
        return pool.preparedQuery("select reason, count(*) from list_row, unnest(reasons) as reason "
                        + "where list_id = $1 group by reason order by reason").execute(Tuple.of(id))
                .map(rows -> {
                    var out = new LinkedHashMap<String, Long>();
                    rows.forEach(row -> out.put(row.getString(0), row.getLong(1)));
                    return out;
                });
    }

    /** Lists with PENDING rows to try again, or read to the end with none pending but not yet closed. */
    public Uni<List<Long>> idsToResume() {
        return pool.query("select id from beneficiary_list where status = 'VERIFYING' and (rows_pending > 0 or reading_done) "
                        + "order by id")
                .execute().map(rows -> {
                    var ids = new java.util.ArrayList<Long>();
                    rows.forEach(row -> ids.add(row.getLong(0)));
                    return ids;
                });
    }

    /** Lists whose reader went silent (engine stopped mid-read) and must be read again. */
    public Uni<List<Long>> idsWithSilentReader(java.time.Duration silence) {
        return pool.preparedQuery("select id from beneficiary_list where status in ('RECEIVED', 'VERIFYING') "
                        + "and not reading_done and coalesce(reader_seen_at, uploaded_at) < now() - $1 * interval '1 second'")
                .execute(Tuple.of(silence.toSeconds())).map(rows -> {
                    var ids = new java.util.ArrayList<Long>();
                    rows.forEach(row -> ids.add(row.getLong(0)));
                    return ids;
                });
    }

    public Uni<Void> readerAlive(SqlClient sql, long id) {
        return sql.preparedQuery("update beneficiary_list set reader_seen_at = now(), status = 'VERIFYING', "
                + "started_at = coalesce(started_at, now()) where id = $1").execute(Tuple.of(id)).replaceWithVoid();
    }

    public Uni<Void> readingDone(long id) {
        return pool.preparedQuery("update beneficiary_list set reading_done = true where id = $1")
                .execute(Tuple.of(id)).replaceWithVoid();
    }

    public Uni<Void> failed(long id, String code, String detail) {
        return pool.preparedQuery("update beneficiary_list set status = 'FAILED', failure_code = $2, "
                + "failure_detail = $3, finished_at = now() where id = $1 and status <> 'COMPLETED'")
                .execute(Tuple.of(id, code, detail)).replaceWithVoid();
    }

    static ListProgress progress(Row row) {
        return new ListProgress(row.getLong("id"), row.getString("program_code"), row.getString("file_name"),
                row.getString("content_sha256"), row.getString("format"), ListStatus.valueOf(row.getString("status")),
                row.getLong("rows_total"), row.getLong("rows_read"), row.getLong("rows_verified"),
                row.getLong("rows_rejected"), row.getLong("rows_needs_review"), row.getLong("rows_pending"),
                Optional.ofNullable(row.get(OffsetDateTime.class, "started_at")).map(OffsetDateTime::toInstant),
                Optional.ofNullable(row.get(OffsetDateTime.class, "finished_at")).map(OffsetDateTime::toInstant),
                Optional.ofNullable(row.getString("failure_code")), Optional.ofNullable(row.getString("failure_detail")),
                Map.of());
    }
}
