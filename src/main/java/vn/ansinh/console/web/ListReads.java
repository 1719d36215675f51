package vn.ansinh.console.web;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The newest beneficiary lists, for the list page's table. */
@ApplicationScoped
public class ListReads {

    public record Recent(long id, String program, String fileName, String status, long rowsTotal, long verified,
                         long rejected, long needsReview, OffsetDateTime uploadedAt, String uploadedBy) {}

    static final int RECENT_MAX = 20;

    private static final String RECENT = """
            select id, program_code, file_name, status, rows_total, rows_verified, rows_rejected, rows_needs_review,
                uploaded_at, uploaded_by from beneficiary_list order by id desc limit $1""";

    @Inject Pool pool;

    public Uni<List<Recent>> recent() {
        return pool.preparedQuery(RECENT).execute(Tuple.of(RECENT_MAX)).map(rows -> {
            var out = new ArrayList<Recent>();
            rows.forEach(row -> out.add(new Recent(row.getLong(0), row.getString(1), row.getString(2), row.getString(3),
                    row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7), row.getOffsetDateTime(8),
                    row.getString(9))));
            return out;
        });
    }
}
