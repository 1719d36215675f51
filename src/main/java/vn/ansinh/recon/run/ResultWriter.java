package vn.ansinh.recon.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.recon.BlockingSql;

/**
 * Writes a run's results in place of the last run's, in bulk, and moves payments. The last run's rows are
 * replaced whole: they are derived from stored statements, payments and people's decisions, all of which are kept,
 * so nothing is lost and a re-run writes the same rows again.
 */
@ApplicationScoped
public class ResultWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CLEAR_MATCHES = "delete from recon_match where reconciliation_id = $1";
    private static final String CLEAR_PROPOSALS = "delete from recon_proposal where reconciliation_id = $1";
    private static final String CLEAR_BREAKS = "delete from recon_break where reconciliation_id = $1";
    private static final String CLEAR_FILES = "delete from reconciliation_file where reconciliation_id = $1";
    private static final String INSERT_MATCHES = """
            insert into recon_match (reconciliation_id, statement_id, entry_index, kind, origin, batch_message_id,
                confidence, pending, bank_amount_vnd, internal_amount_vnd)
            select $1, t.sid, t.idx, t.kind, t.origin, t.batch, t.confidence, t.pending, t.bank, t.internal
            from unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::int[], $8::boolean[],
                $9::bigint[], $10::bigint[]) as t(sid, idx, kind, origin, batch, confidence, pending, bank, internal)""";
    private static final String INSERT_MATCH_PAYMENTS = """
            insert into recon_match_payment (reconciliation_id, statement_id, entry_index, payment_id, side)
            select $1, t.sid, t.idx, t.payment, t.side
            from unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::text[]) as t(sid, idx, payment, side)""";
    private static final String INSERT_PROPOSALS = """
            insert into recon_proposal (reconciliation_id, statement_id, entry_index, payment_id, confidence, reason)
            select $1, t.sid, t.idx, t.payment, t.confidence, t.reason
            from unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::int[], $6::text[])
                as t(sid, idx, payment, confidence, reason)""";
    private static final String INSERT_BREAKS = """
            insert into recon_break (reconciliation_id, ref, break_class, priority, age_bucket, amount_vnd,
                bank_amount_vnd, internal_amount_vnd, statement_id, entry_index, end_to_end_id, payment_id, explanation,
                written_off)
            select $1, t.ref, t.cls, t.priority, t.age, t.amount, t.bank, t.internal, t.sid, t.idx, t.e2e, t.payment,
                t.explanation, t.written_off
            from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::bigint[], $8::bigint[],
                $9::bigint[], $10::bigint[], $11::text[], $12::bigint[], $13::text[], $14::boolean[])
                as t(ref, cls, priority, age, amount, bank, internal, sid, idx, e2e, payment, explanation, written_off)""";
    private static final String INSERT_FILES = """
            insert into reconciliation_file (reconciliation_id, file_id) select $1, unnest($2::bigint[])""";
    private static final String UPDATE_RECONCILIATION = """
            update reconciliation set run_count = run_count + 1, last_run_by = $2, last_run_at = now(), verdict = $3,
                bank_control_vnd = $4, internal_control_vnd = $5, matched_bank_vnd = $6, matched_internal_vnd = $7,
                written_off_vnd = $8, residual_vnd = $9, explained_by_class = cast(cast($10 as text) as jsonb),
                findings = cast(cast($11 as text) as jsonb), result_sha256 = $12
            where id = $1""";
    private static final String MOVE_PAYMENTS = """
            with moved as (
                update payment p set state = t.to_state, reason_code = coalesce(t.reason, p.reason_code),
                    state_changed_at = now()
                from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[])
                    as t(id, from_state, to_state, reason, source)
                where p.id = t.id and p.state = t.from_state
                returning p.id, t.from_state, t.to_state, t.reason, t.source)
            insert into payment_event (payment_id, seq, at, from_state, to_state, reason_code, source, actor)
            select m.id, coalesce((select max(e.seq) from payment_event e where e.payment_id = m.id), 0) + 1, now(),
                m.from_state, m.to_state, m.reason, m.source, $6
            from moved m""";

    @Inject BlockingSql sql;

    public void write(SqlClient client, long reconciliationId, Outcome outcome, Inputs inputs, String actor) {
        Tuple id = Tuple.of(reconciliationId);
        for (String clear : List.of(CLEAR_MATCHES, CLEAR_PROPOSALS, CLEAR_BREAKS, CLEAR_FILES)) {
            sql.await(client.preparedQuery(clear).execute(id));
        }
        matches(client, reconciliationId, outcome.matches());
        proposals(client, reconciliationId, outcome.proposals());
        breaks(client, reconciliationId, outcome.breaks());
        sql.await(client.preparedQuery(INSERT_FILES).execute(Tuple.of(reconciliationId,
                inputs.fileIds().stream().sorted().toArray(Long[]::new))));
        Outcome.Totals totals = outcome.totals();
        sql.await(client.preparedQuery(UPDATE_RECONCILIATION).execute(Tuple.tuple().addLong(reconciliationId)
                .addString(actor).addString(outcome.verdict().name()).addLong(totals.bankControlVnd())
                .addLong(totals.internalControlVnd()).addLong(totals.matchedBankVnd())
                .addLong(totals.matchedInternalVnd()).addLong(totals.writtenOffVnd()).addLong(totals.residualVnd())
                .addString(json(explained(outcome))).addString(json(outcome.findings())).addString(outcome.digest())));
    }

    /** Writes the moves of one phase; answers how many were made (a payment moved meanwhile by others is not). */
    public int move(SqlClient client, List<PaymentMoves.Move> moves, String actor) {
        if (moves.isEmpty()) {
            return 0;
        }
        Tuple params = Tuple.tuple()
                .addArrayOfLong(moves.stream().map(PaymentMoves.Move::paymentId).toArray(Long[]::new))
                .addArrayOfString(moves.stream().map(PaymentMoves.Move::fromState).toArray(String[]::new))
                .addArrayOfString(moves.stream().map(PaymentMoves.Move::toState).toArray(String[]::new))
                .addArrayOfString(moves.stream().map(m -> m.reasonCode().orElse(null)).toArray(String[]::new))
                .addArrayOfString(moves.stream().map(PaymentMoves.Move::source).toArray(String[]::new))
                .addString(actor);
        return sql.await(client.preparedQuery(MOVE_PAYMENTS).execute(params)).rowCount();
    }

    private void matches(SqlClient client, long reconciliationId, List<Outcome.MatchRow> matches) {
        if (matches.isEmpty()) {
            return;
        }
        sql.await(client.preparedQuery(INSERT_MATCHES).execute(Tuple.tuple().addLong(reconciliationId)
                .addArrayOfLong(matches.stream().map(m -> m.line().statementId()).toArray(Long[]::new))
                .addArrayOfLong(matches.stream().map(m -> m.line().entryIndex()).toArray(Long[]::new))
                .addArrayOfString(matches.stream().map(m -> m.kind().name()).toArray(String[]::new))
                .addArrayOfString(matches.stream().map(m -> m.origin().name()).toArray(String[]::new))
                .addArrayOfString(matches.stream().map(m -> m.batchMessageId().orElse(null)).toArray(String[]::new))
                .addArrayOfInteger(matches.stream().map(Outcome.MatchRow::confidence).toArray(Integer[]::new))
                .addArrayOfBoolean(matches.stream().map(Outcome.MatchRow::pending).toArray(Boolean[]::new))
                .addArrayOfLong(matches.stream().map(Outcome.MatchRow::bankAmountVnd).toArray(Long[]::new))
                .addArrayOfLong(matches.stream().map(Outcome.MatchRow::internalAmountVnd).toArray(Long[]::new))));
        List<Long> statement = new ArrayList<>(), entry = new ArrayList<>(), payment = new ArrayList<>();
        List<String> side = new ArrayList<>();
        for (Outcome.MatchRow match : matches) {
            for (long id : match.outboundPaymentIds()) {
                statement.add(match.line().statementId()); entry.add(match.line().entryIndex()); payment.add(id);
                side.add("OUTBOUND");
            }
            for (long id : match.returnPaymentIds()) {
                statement.add(match.line().statementId()); entry.add(match.line().entryIndex()); payment.add(id);
                side.add("RETURN");
            }
        }
        sql.await(client.preparedQuery(INSERT_MATCH_PAYMENTS).execute(Tuple.tuple().addLong(reconciliationId)
                .addArrayOfLong(statement.toArray(Long[]::new)).addArrayOfLong(entry.toArray(Long[]::new))
                .addArrayOfLong(payment.toArray(Long[]::new)).addArrayOfString(side.toArray(String[]::new))));
    }

    private void proposals(SqlClient client, long reconciliationId, List<Outcome.ProposalRow> proposals) {
        if (proposals.isEmpty()) {
            return;
        }
        sql.await(client.preparedQuery(INSERT_PROPOSALS).execute(Tuple.tuple().addLong(reconciliationId)
                .addArrayOfLong(proposals.stream().map(p -> p.line().statementId()).toArray(Long[]::new))
                .addArrayOfLong(proposals.stream().map(p -> p.line().entryIndex()).toArray(Long[]::new))
                .addArrayOfLong(proposals.stream().map(Outcome.ProposalRow::paymentId).toArray(Long[]::new))
                .addArrayOfInteger(proposals.stream().map(Outcome.ProposalRow::confidence).toArray(Integer[]::new))
                .addArrayOfString(proposals.stream().map(Outcome.ProposalRow::reason).toArray(String[]::new))));
    }

    private void breaks(SqlClient client, long reconciliationId, List<Outcome.BreakRow> breaks) {
        if (breaks.isEmpty()) {
            return;
        }
        sql.await(client.preparedQuery(INSERT_BREAKS).execute(Tuple.tuple().addLong(reconciliationId)
                .addArrayOfString(breaks.stream().map(Outcome.BreakRow::ref).toArray(String[]::new))
                .addArrayOfString(breaks.stream().map(b -> b.breakClass().name()).toArray(String[]::new))
                .addArrayOfString(breaks.stream().map(b -> b.priority().name()).toArray(String[]::new))
                .addArrayOfString(breaks.stream().map(b -> b.age().name()).toArray(String[]::new))
                .addArrayOfLong(breaks.stream().map(Outcome.BreakRow::amountVnd).toArray(Long[]::new))
                .addArrayOfLong(breaks.stream().map(Outcome.BreakRow::bankAmountVnd).toArray(Long[]::new))
                .addArrayOfLong(breaks.stream().map(Outcome.BreakRow::internalAmountVnd).toArray(Long[]::new))
                .addArrayOfLong(breaks.stream().map(b -> b.line().map(LineRef::statementId).orElse(null))
                        .toArray(Long[]::new))
                .addArrayOfLong(breaks.stream().map(b -> b.line().map(LineRef::entryIndex).orElse(null))
                        .toArray(Long[]::new))
                .addArrayOfString(breaks.stream().map(b -> b.endToEndId().orElse(null)).toArray(String[]::new))
                .addArrayOfLong(breaks.stream().map(b -> b.paymentId().orElse(null)).toArray(Long[]::new))
                .addArrayOfString(breaks.stream().map(Outcome.BreakRow::explanation).toArray(String[]::new))
                .addArrayOfBoolean(breaks.stream().map(Outcome.BreakRow::writtenOff).toArray(Boolean[]::new))));
    }

    static Map<String, Map<String, Long>> explained(Outcome outcome) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        outcome.explained().forEach((kind, total) -> out.put(kind.name(), Map.of("count", total.count(),
                "amountVnd", total.amountVnd(), "writtenOffVnd", total.writtenOffVnd())));
        return out;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("plain values always serialise", impossible);
        }
    }
}
