package vn.ansinh.recon.run;

import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;
import vn.ansinh.recon.BlockingSql;
import vn.ansinh.reconciliation.model.Direction;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.EntryStatus;

/**
 * People's decisions about a reconciliation: confirm a proposal, match by hand, unmatch, write off, note. Each is
 * checked against the result as it stands under the reconciliation's lock, kept, and followed in the same
 * transaction by a recomputation whose audit entry names the decision; a note changes no number and only audits.
 */
@ApplicationScoped
public class Resolutions {

    static final int TEXT_LENGTH_MAX = 2000;

    private static final String INSERT = """
            insert into recon_resolution (reconciliation_id, kind, statement_id, entry_index, payment_ids, break_ref,
                break_class, amount_vnd, text, actor) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id""";
    private static final String WITHDRAW_MATCH = """
            update recon_resolution set withdrawn_by = $4, withdrawn_at = now()
            where reconciliation_id = $1 and statement_id = $2 and entry_index = $3
                and kind in ('MATCH', 'CONFIRM_PROPOSAL') and withdrawn_at is null""";
    private static final String WITHDRAW_WRITE_OFF = """
            update recon_resolution set withdrawn_by = $3, withdrawn_at = now()
            where reconciliation_id = $1 and break_ref = $2 and kind = 'WRITE_OFF' and withdrawn_at is null""";
    private static final String PAYMENTS_BY_END_TO_END = """
            select id, end_to_end_id, amount_vnd, state from payment
            where end_to_end_id = any($1) and debtor_bin = $2 and debtor_account = $3 order by id""";

    @Inject BlockingSql sql;
    @Inject ReconciliationService service;
    @Inject AuditLog audit;

    public ReconciliationService.RunResult confirmProposal(long id, LineRef line, Optional<String> note, String actor) {
        return sql.inTransaction(connection -> {
            ReconciliationKey key = service.lock(connection, id);
            Outcome.ProposalRow proposal = service.current(connection, id, key).outcome().proposals().stream()
                    .filter(p -> p.line().equals(line)).findFirst().orElseThrow(() -> DomainException.notFound(
                            "PROPOSAL_NOT_FOUND", "Reconciliation " + id + " has no proposal for line " + line + "."));
            String text = note.map(Resolutions::text).orElse("confirmed: " + proposal.reason());
            insert(connection, id, "CONFIRM_PROPOSAL", Optional.of(line), List.of(proposal.paymentId()),
                    Optional.empty(), text, actor);
            return service.recompute(connection, id, key, actor, false, "RECONCILIATION_PROPOSAL_CONFIRMED",
                    cause("line", line.ref(), "paymentId", proposal.paymentId(), "confidence", proposal.confidence(),
                            "note", text));
        });
    }

    public ReconciliationService.RunResult matchByHand(long id, LineRef line, List<String> endToEndIds, String reason,
                                                       String actor) {
        String why = text(reason);
        return sql.inTransaction(connection -> {
            ReconciliationKey key = service.lock(connection, id);
            ReconciliationService.Current current = service.current(connection, id, key);
            Entry entry = unmatchedLine(current, line, id);
            List<Long> paymentIds = matchablePayments(connection, key, current, entry, endToEndIds);
            insert(connection, id, "MATCH", Optional.of(line), paymentIds, Optional.empty(), why, actor);
            return service.recompute(connection, id, key, actor, false, "RECONCILIATION_MATCHED_BY_HAND",
                    cause("line", line.ref(), "paymentIds", paymentIds, "amountVnd", entry.amountMinor(),
                            "reason", why));
        });
    }

    public ReconciliationService.RunResult unmatch(long id, LineRef line, String reason, String actor) {
        String why = text(reason);
        return sql.inTransaction(connection -> {
            ReconciliationKey key = service.lock(connection, id);
            Outcome.MatchRow match = service.current(connection, id, key).outcome().matches().stream()
                    .filter(m -> m.line().equals(line)).findFirst().orElseThrow(() -> DomainException.notFound(
                            "MATCH_NOT_FOUND", "Line " + line + " is not matched in reconciliation " + id + "."));
            List<Long> paymentIds = new ArrayList<>(match.outboundPaymentIds());
            paymentIds.addAll(match.returnPaymentIds());
            if (match.origin() == Origin.AUTOMATIC) {
                insert(connection, id, "UNMATCH", Optional.of(line), paymentIds, Optional.empty(), why, actor);
            } else {
                sql.await(connection.preparedQuery(WITHDRAW_MATCH).execute(Tuple.of(id, line.statementId(),
                        line.entryIndex(), actor)));
            }
            return service.recompute(connection, id, key, actor, false, "RECONCILIATION_UNMATCHED",
                    cause("line", line.ref(), "paymentIds", paymentIds, "origin", match.origin().name(),
                            "reason", why));
        });
    }

    public ReconciliationService.RunResult writeOff(long id, String breakRef, String reason, String actor) {
        String why = text(reason);
        return sql.inTransaction(connection -> {
            ReconciliationKey key = service.lock(connection, id);
            Outcome.BreakRow problem = service.current(connection, id, key).outcome().breaks().stream()
                    .filter(b -> b.ref().equals(breakRef)).findFirst().orElseThrow(() -> DomainException.notFound(
                            "BREAK_NOT_FOUND", "Reconciliation " + id + " has no break " + breakRef + "."));
            if (problem.writtenOff()) {
                throw DomainException.conflict("BREAK_ALREADY_WRITTEN_OFF", "Break " + breakRef + " is written off.");
            }
            // A write-off of an earlier class or amount no longer covers this break; it is withdrawn, not reused.
            sql.await(connection.preparedQuery(WITHDRAW_WRITE_OFF).execute(Tuple.of(id, breakRef, actor)));
            insert(connection, id, "WRITE_OFF", Optional.empty(), List.of(), Optional.of(problem), why, actor);
            return service.recompute(connection, id, key, actor, false, "RECONCILIATION_BREAK_WRITTEN_OFF",
                    cause("break", breakRef, "breakClass", problem.breakClass().name(), "amountVnd",
                            problem.amountVnd(), "reason", why));
        });
    }

    /** A note on the reconciliation or one of its breaks; numbers and verdict are unchanged. */
    public long note(long id, Optional<String> breakRef, String note, String actor) {
        String text = text(note);
        return sql.inTransaction(connection -> {
            ReconciliationKey key = service.lock(connection, id);
            Optional<Outcome.BreakRow> problem = breakRef.map(ref -> service.current(connection, id, key).outcome()
                    .breaks().stream().filter(b -> b.ref().equals(ref)).findFirst().orElseThrow(() ->
                            DomainException.notFound("BREAK_NOT_FOUND", "Reconciliation " + id + " has no break "
                                    + ref + ".")));
            long noteId = insert(connection, id, "NOTE", Optional.empty(), List.of(), problem, text, actor);
            Map<String, Object> payload = cause("noteId", noteId, "note", text);
            breakRef.ifPresent(ref -> payload.put("break", ref));
            sql.await(audit.append(connection, new AuditEvent(actor, "RECONCILIATION_NOTE_ADDED",
                    "reconciliation:" + id, payload)));
            return noteId;
        });
    }

    private static Entry unmatchedLine(ReconciliationService.Current current, LineRef line, long id) {
        Inputs.Line found = current.inputs().lines().stream().filter(l -> l.ref().equals(line)).findFirst()
                .orElseThrow(() -> DomainException.notFound("LINE_NOT_IN_RECONCILIATION", "Line " + line
                        + " is not on the statements of reconciliation " + id + "."));
        if (current.outcome().matches().stream().anyMatch(m -> m.line().equals(line))) {
            throw DomainException.conflict("LINE_ALREADY_MATCHED", "Line " + line + " is matched; unmatch it first.");
        }
        Entry entry = found.bankEntry().entry();
        if (entry.status() == EntryStatus.INFO) {
            throw DomainException.conflict("LINE_INFORMATION_ONLY", "Line " + line + " is for information only.");
        }
        return entry;
    }

    private List<Long> matchablePayments(SqlConnection connection, ReconciliationKey key,
                                         ReconciliationService.Current current, Entry entry, List<String> endToEndIds) {
        if (endToEndIds == null || endToEndIds.isEmpty() || endToEndIds.stream().distinct().count() != endToEndIds.size()) {
            throw DomainException.invalid("PAYMENTS_MISSING", "Name the payments by their end-to-end ids, once each.",
                    List.of(Violation.ofField("endToEndIds", "REQUIRED", "One or more distinct end-to-end ids.")));
        }
        boolean credit = entry.direction() == Direction.CREDIT;
        List<Long> ids = new ArrayList<>();
        long total = 0;
        for (var row : sql.await(connection.preparedQuery(PAYMENTS_BY_END_TO_END).execute(Tuple.of(
                endToEndIds.toArray(String[]::new), key.bankBin(), key.account())))) {
            String state = row.getString("state");
            if (state.equals("CREATED") || (!credit && state.equals("REJECTED"))) {
                throw DomainException.conflict("PAYMENT_NOT_MATCHABLE", "Payment " + row.getString("end_to_end_id")
                        + " is " + state + ": the bank never debited it.");
            }
            ids.add(row.getLong("id"));
            total = Math.addExact(total, row.getLong("amount_vnd"));
        }
        if (ids.size() != endToEndIds.size()) {
            throw DomainException.notFound("PAYMENT_NOT_FOUND", "Not every payment named was paid from this account.");
        }
        boolean taken = current.outcome().matches().stream().flatMap(m -> (credit ? m.returnPaymentIds()
                : m.outboundPaymentIds()).stream()).anyMatch(ids::contains);
        if (taken) {
            throw DomainException.conflict("PAYMENT_ALREADY_MATCHED", "A payment named is already matched on this "
                    + "side in this reconciliation; unmatch it first.");
        }
        if (total != entry.amountMinor()) {
            throw DomainException.invalid("MATCH_AMOUNT_DIFFERS", "The payments add up to " + total + " VND, the line "
                    + "is " + entry.amountMinor() + " VND; a difference is written off, not matched.",
                    List.of(Violation.ofField("endToEndIds", "AMOUNT", "Payments must add up to the line's amount.")));
        }
        return ids;
    }

    private long insert(SqlConnection connection, long id, String kind, Optional<LineRef> line, List<Long> paymentIds,
                        Optional<Outcome.BreakRow> problem, String text, String actor) {
        Tuple params = Tuple.tuple().addLong(id).addString(kind)
                .addLong(line.map(LineRef::statementId).orElse(null)).addLong(line.map(LineRef::entryIndex).orElse(null))
                .addArrayOfLong(paymentIds.toArray(Long[]::new)).addString(problem.map(Outcome.BreakRow::ref).orElse(null))
                .addString(problem.map(b -> b.breakClass().name()).orElse(null))
                .addLong(problem.map(Outcome.BreakRow::amountVnd).orElse(null)).addString(text).addString(actor);
        return sql.await(connection.preparedQuery(INSERT).execute(params)).iterator().next().getLong(0);
    }

    private static String text(String text) {
        if (text == null || text.isBlank() || text.length() > TEXT_LENGTH_MAX) {
            throw DomainException.invalid("REASON_REQUIRED", "Say why, in 1-" + TEXT_LENGTH_MAX + " characters.",
                    List.of(Violation.ofField("reason", "REQUIRED", "A sentence an auditor can read later.")));
        }
        return text.strip();
    }

    private static Map<String, Object> cause(Object... pairs) {
        Map<String, Object> cause = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            cause.put((String) pairs[i], pairs[i + 1]);
        }
        return cause;
    }
}
