package vn.ansinh.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Recomputes the whole chain a page at a time, so memory stays flat however long the chain grows. */
@ApplicationScoped
public class AuditVerifier {

    static final int PAGE_ROWS_MAX = 2_000;

    private static final String PAGE = """
            select seq, recorded_at, actor, action, subject, payload::text, previous_hash, hash
            from audit_entry where seq > $1 order by seq limit $2""";
    private static final String HEAD = "select seq, hash from audit_head where id = 1";

    @Inject Pool client;

    public Uni<ChainVerdict> verify() {
        return verifyFrom(new Progress(0, 0, AuditHasher.GENESIS_HASH));
    }

    /** Where the walk has got to: entries checked, the last good seq and its hash. */
    record Progress(long entries, long seq, String hash) {}

    private Uni<ChainVerdict> verifyFrom(Progress progress) {
        return client.preparedQuery(PAGE).execute(Tuple.of(progress.seq(), PAGE_ROWS_MAX)).chain(rows -> {
            List<AuditRecord> page = new ArrayList<>(rows.size());
            rows.forEach(row -> page.add(toRecord(row)));
            var step = check(progress, page);
            if (step instanceof Step.Stop(ChainVerdict verdict)) return Uni.createFrom().item(verdict);
            var next = ((Step.Continue) step).progress();
            return page.size() < PAGE_ROWS_MAX ? compareHead(next) : verifyFrom(next);
        });
    }

    sealed interface Step {
        record Continue(Progress progress) implements Step {}
        record Stop(ChainVerdict verdict) implements Step {}
    }

    static Step check(Progress progress, List<AuditRecord> page) {
        var at = progress;
        for (var entry : page) {
            if (entry.seq() != at.seq() + 1) {
                return broken(at, entry.seq(), ChainVerdict.Reason.SEQUENCE_GAP,
                        "expected seq " + (at.seq() + 1) + ", found " + entry.seq());
            }
            if (!entry.previousHash().equals(at.hash())) {
                return broken(at, entry.seq(), ChainVerdict.Reason.PREVIOUS_HASH_MISMATCH,
                        "entry does not follow the hash of seq " + at.seq());
            }
            if (!entry.expectedHash().equals(entry.hash())) {
                return broken(at, entry.seq(), ChainVerdict.Reason.HASH_MISMATCH,
                        "the entry's content no longer matches its hash");
            }
            at = new Progress(at.entries() + 1, entry.seq(), entry.hash());
        }
        return new Step.Continue(at);
    }

    private static Step broken(Progress at, long seq, ChainVerdict.Reason reason, String detail) {
        return new Step.Stop(new ChainVerdict.Broken(at.entries(), seq, reason, detail));
    }

    private Uni<ChainVerdict> compareHead(Progress last) {
        return client.query(HEAD).execute().map(rows -> {
            Row head = rows.iterator().next();
            long headSeq = head.getLong("seq");
            if (headSeq != last.seq() || !head.getString("hash").equals(last.hash())) {
                return new ChainVerdict.Broken(last.entries(), Math.min(headSeq, last.seq() + 1),
                        ChainVerdict.Reason.HEAD_MISMATCH,
                        "the recorded head is seq " + headSeq + " but the chain ends at seq " + last.seq());
            }
            return new ChainVerdict.Intact(last.entries(), last.seq(), last.hash());
        });
    }

    private static AuditRecord toRecord(Row row) {
        return new AuditRecord(row.getLong(0), row.get(OffsetDateTime.class, 1).toInstant(), row.getString(2),
                row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7));
    }
}
