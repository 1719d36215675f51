package vn.ansinh.rails.lifecycle;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two statements that write a batch of changes: the payments' new states (one row per payment, from its first
 * state in the batch to its last) and their events (one row per change, numbered after the payment's last event).
 */
final class ChangeWriter {

    private static final String UPDATE = """
            update payment p set state = t.to_state, reason_code = t.reason,
                bank_reference = coalesce(t.bank_reference, p.bank_reference),
                bank_file_id = coalesce(t.bank_file_ref, p.bank_file_id), state_changed_at = now()
            from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
                as t(id, from_state, to_state, reason, bank_reference, bank_file_ref)
            where p.id = t.id and p.state = t.from_state""";
    private static final String EVENTS = """
            insert into payment_event (payment_id, seq, from_state, to_state, reason_code, source, actor)
            select t.id, coalesce((select max(e.seq) from payment_event e where e.payment_id = t.id), 0) + t.ordinal,
                t.from_state, t.to_state, t.reason, t.source, $7
            from unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[])
                as t(id, ordinal, from_state, to_state, reason, source)""";
    private static final String REFUSALS = """
            insert into payment_refusal (payment_id, end_to_end_id, state, event, kind, why, source)
            select * from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                $7::text[])""";

    private ChangeWriter() {
    }

    static Uni<Void> write(SqlClient sql, List<Change> changes, String actor) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // A payment changed twice in one batch is written once, from its first state to its last.
        Map<Long, Change[]> firstAndLast = new LinkedHashMap<>();
        for (Change change : changes) {
            Change[] pair = firstAndLast.computeIfAbsent(change.paymentId(), id -> new Change[] {change, change});
            pair[1] = change;
        }
        return sql.preparedQuery(UPDATE).execute(updateColumns(firstAndLast)).chain(updated -> {
            if (updated.rowCount() != firstAndLast.size()) {
                return Uni.createFrom().failure(new IllegalStateException("decided " + firstAndLast.size()
                        + " payments but " + updated.rowCount() + " were in the state decided from"));
            }
            return sql.preparedQuery(EVENTS).execute(eventColumns(changes, actor));
        }).chain(inserted -> inserted.rowCount() == changes.size() ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new IllegalStateException("wrote " + inserted.rowCount()
                        + " events for " + changes.size() + " changes")));
    }

    static Uni<Void> writeRefusals(SqlClient sql, List<Refusal> refusals) {
        if (refusals.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = refusals.size();
        Long[] payment = new Long[n];
        String[] id = new String[n], state = new String[n], event = new String[n], kind = new String[n],
                why = new String[n], source = new String[n];
        for (int i = 0; i < n; i++) {
            Refusal refusal = refusals.get(i);
            payment[i] = refusal.paymentId().orElse(null);
            id[i] = refusal.endToEndId();
            state[i] = refusal.state();
            event[i] = refusal.event();
            kind[i] = refusal.kind().name();
            why[i] = refusal.why();
            source[i] = refusal.source();
        }
        return sql.preparedQuery(REFUSALS).execute(Tuple.tuple().addArrayOfLong(payment).addArrayOfString(id)
                .addArrayOfString(state).addArrayOfString(event).addArrayOfString(kind).addArrayOfString(why)
                .addArrayOfString(source)).replaceWithVoid();
    }

    private static Tuple updateColumns(Map<Long, Change[]> firstAndLast) {
        int n = firstAndLast.size();
        Long[] id = new Long[n];
        String[] from = new String[n], to = new String[n], reason = new String[n], reference = new String[n],
                fileRef = new String[n];
        int i = 0;
        for (Change[] pair : firstAndLast.values()) {
            id[i] = pair[0].paymentId();
            from[i] = PaymentStates.name(pair[0].from());
            to[i] = PaymentStates.name(pair[1].to());
            reason[i] = PaymentStates.reason(pair[1].to()).map(code -> code.value()).orElse(null);
            reference[i] = pair[1].bankReference().orElse(null);
            fileRef[i] = pair[1].bankFileRef().orElse(null);
            i++;
        }
        return Tuple.tuple().addArrayOfLong(id).addArrayOfString(from).addArrayOfString(to).addArrayOfString(reason)
                .addArrayOfString(reference).addArrayOfString(fileRef);
    }

    private static Tuple eventColumns(List<Change> changes, String actor) {
        int n = changes.size();
        Long[] id = new Long[n];
        Integer[] ordinal = new Integer[n];
        String[] from = new String[n], to = new String[n], reason = new String[n], source = new String[n];
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Change change = changes.get(i);
            id[i] = change.paymentId();
            ordinal[i] = seen.merge(change.paymentId(), 1, Integer::sum);
            from[i] = PaymentStates.name(change.from());
            to[i] = PaymentStates.name(change.to());
            reason[i] = PaymentStates.reason(change.to()).map(code -> code.value()).orElse(null);
            source[i] = change.source();
        }
        return Tuple.tuple().addArrayOfLong(id).addArrayOfInteger(ordinal).addArrayOfString(from)
                .addArrayOfString(to).addArrayOfString(reason).addArrayOfString(source).addString(actor);
    }
}
