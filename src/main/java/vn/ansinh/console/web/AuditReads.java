package vn.ansinh.console.web;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pages of the audit chain, newest first, filtered by actor, action and subject. */
@ApplicationScoped
public class AuditReads {

    public record Entry(long seq, OffsetDateTime recordedAt, String actor, String action, String subject,
                        String payload, String hash) {}

    static final int ENTRIES_PER_PAGE = 50;

    private static final String PAGE = """
            select seq, recorded_at, actor, action, subject, payload::text, hash from audit_entry
            where seq < $1 and ($2::text is null or actor = $2) and ($3::text is null or action = $3)
                and ($4::text is null or subject like $4 || '%')
            order by seq desc limit $5""";

    @Inject Pool pool;

    public Uni<List<Entry>> page(long beforeSeq, Optional<String> actor, Optional<String> action, Optional<String> subject) {
        return pool.preparedQuery(PAGE).execute(Tuple.from(new Object[] {beforeSeq, actor.orElse(null),
                action.orElse(null), subject.orElse(null), ENTRIES_PER_PAGE})).map(rows -> {
                    var out = new ArrayList<Entry>();
                    rows.forEach(row -> out.add(new Entry(row.getLong(0), row.getOffsetDateTime(1), row.getString(2),
                            row.getString(3), row.getString(4), row.getString(5), row.getString(6))));
                    return out;
                });
    }
}
