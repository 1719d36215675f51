package vn.ansinh.recon.run;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.ansinh.platform.DomainException;
import vn.ansinh.recon.BlockingSql;
import vn.ansinh.recon.ReconConfig;
import vn.ansinh.recon.statement.StatementLines;
import vn.ansinh.recon.statement.StatementRows;
import vn.ansinh.reconciliation.check.CompletenessChecker;
import vn.ansinh.reconciliation.check.CompletenessReport;
import vn.ansinh.reconciliation.match.BankEntry;
import vn.ansinh.reconciliation.match.Payment;
import vn.ansinh.reconciliation.match.PaymentStatus;
import vn.ansinh.reconciliation.match.ReleasedBatch;
import vn.ansinh.reconciliation.model.Entry;
import vn.ansinh.reconciliation.model.StatementSummary;
import vn.ansinh.reconciliation.model.TransactionDetail;
import vn.ansinh.recon.run.Decisions.ManualMatch;
import vn.ansinh.recon.run.Decisions.Unmatch;
import vn.ansinh.recon.run.Decisions.WriteOff;
import vn.ansinh.reconciliation.match.BreakClass;

/**
 * Reads one run's inputs. Statements: those of the account whose days lie within the range, in the order they
 * arrived, so the first delivery of a statement is the one kept. Payments: those handed to the bank within the
 * range (first SENT event, else creation), plus any a line names by end-to-end id or batch, plus any a person
 * decided about. Released files: those of the range, plus any a line names.
 */
@ApplicationScoped
public class InputLoader {

    private static final String STATEMENTS = StatementRows.SELECT + """
             where s.bank_bin = $1 and s.account = $2 and s.first_date >= $3 and s.last_date <= $4
            order by s.file_id, s.position_in_file""";
    private static final String LINES = "select " + StatementLines.COLUMNS
            + " from statement_line where statement_id = any($1) order by statement_id, entry_index";
    private static final String PAYMENTS = """
            select p.id, p.end_to_end_id, p.amount_vnd, p.state, p.reason_code, p.creditor_account, p.creditor_name,
                coalesce(e.sent_at, p.created_at) as sent_at, b.message_id as batch_message_id
            from payment p
            left join lateral (select min(at) as sent_at from payment_event where payment_id = p.id
                and to_state = 'SENT') e on true
            left join bank_file b on p.rail = 'FILE' and b.run_id = p.run_id and b.bank_bin = p.debtor_bin
            where p.debtor_bin = $1 and p.debtor_account = $2 and p.state <> 'CREATED'
                and ((p.created_at < $4 and coalesce(e.sent_at, p.created_at) >= $3
                      and coalesce(e.sent_at, p.created_at) < $4)
                    or p.end_to_end_id = any($5) or b.message_id = any($6) or p.id = any($7))
            order by p.id""";
    private static final String BATCHES = """
            select b.message_id, b.tx_count, b.control_sum_vnd, b.created_at from bank_file b
            where b.bank_bin = $1 and b.status in ('SENT', 'ACKNOWLEDGED')
                and exists (select 1 from payment p where p.run_id = b.run_id and p.debtor_bin = b.bank_bin
                    and p.debtor_account = $2)
                and ((b.created_at >= $3 and b.created_at < $4) or b.message_id = any($5))
            order by b.message_id""";
    private static final String DECISIONS = """
            select kind, statement_id, entry_index, payment_ids, break_ref, break_class, amount_vnd
            from recon_resolution where reconciliation_id = $1 and withdrawn_at is null and kind <> 'NOTE'
            order by id""";

    @Inject BlockingSql sql;
    @Inject ReconConfig config;

    public Decisions decisions(SqlClient client, long reconciliationId) {
        var matches = new ArrayList<ManualMatch>();
        var unmatches = new ArrayList<Unmatch>();
        var writeOffs = new ArrayList<WriteOff>();
        sql.await(client.preparedQuery(DECISIONS).execute(Tuple.of(reconciliationId))).forEach(row -> {
            List<Long> payments = List.of(row.getArrayOfLongs("payment_ids"));
            switch (row.getString("kind")) {
                case "CONFIRM_PROPOSAL" -> matches.add(new ManualMatch(line(row), payments, Origin.PROPOSAL_CONFIRMED));
                case "MATCH" -> matches.add(new ManualMatch(line(row), payments, Origin.BY_HAND));
                case "UNMATCH" -> unmatches.add(new Unmatch(line(row), payments));
                case "WRITE_OFF" -> writeOffs.add(new WriteOff(row.getString("break_ref"),
                        BreakClass.valueOf(row.getString("break_class")), row.getLong("amount_vnd")));
                default -> throw new IllegalStateException("unknown resolution kind " + row.getString("kind"));
            }
        });
        return new Decisions(matches, unmatches, writeOffs);
    }

    public Inputs load(SqlClient client, ReconciliationKey key, Decisions decisions) {
        List<StatementRows.Stored> statements = new ArrayList<>();
        sql.await(client.preparedQuery(STATEMENTS).execute(Tuple.of(key.bankBin(), key.account(), key.from(), key.to())))
                .forEach(row -> statements.add(StatementRows.stored(row)));
        CompletenessReport completeness = CompletenessChecker.check(statements.stream()
                .map(StatementRows.Stored::summary).toList());
        List<StatementRows.Stored> distinct = distinct(statements, completeness);
        List<Inputs.Line> lines = lines(client, key, distinct);
        Set<String> named = new TreeSet<>();
        Set<String> batchesNamed = new TreeSet<>();
        for (Inputs.Line line : lines) {
            Entry entry = line.bankEntry().entry();
            entry.endToEndId().ifPresent(named::add);
            entry.details().stream().map(TransactionDetail::endToEndId).flatMap(Optional::stream).forEach(named::add);
            entry.batch().flatMap(batch -> batch.messageId()).ifPresent(batchesNamed::add);
        }
        Set<Long> decided = new TreeSet<>();
        decisions.matches().forEach(m -> decided.addAll(m.paymentIds()));
        decisions.unmatches().forEach(u -> decided.addAll(u.paymentIds()));
        Set<Long> fileIds = new LinkedHashSet<>();
        statements.forEach(statement -> fileIds.add(statement.fileId()));
        return new Inputs(key, statements.size(), fileIds, completeness, lines,
                payments(client, key, named, batchesNamed, decided), batches(client, key, batchesNamed));
    }

    /** The statements the library kept: the first of each identity, in the order given, as it keeps them. */
    private static List<StatementRows.Stored> distinct(List<StatementRows.Stored> statements,
                                                       CompletenessReport completeness) {
        Map<String, StatementRows.Stored> first = new LinkedHashMap<>();
        statements.forEach(statement -> first.putIfAbsent(statement.summary().header().identityKey(), statement));
        List<StatementRows.Stored> kept = List.copyOf(first.values());
        if (!kept.stream().map(StatementRows.Stored::summary).toList().equals(completeness.distinctStatements())) {
            throw new IllegalStateException("the statements kept disagree with the completeness check's");
        }
        return kept;
    }

    private List<Inputs.Line> lines(SqlClient client, ReconciliationKey key, List<StatementRows.Stored> statements) {
        long expected = statements.stream().mapToLong(statement -> statement.summary().entryCount()).sum();
        if (expected > config.linesPerReconciliationMax()) {
            throw new DomainException(DomainException.Kind.TOO_LARGE, "RECONCILIATION_TOO_LARGE", "The range holds "
                    + expected + " statement lines; at most " + config.linesPerReconciliationMax()
                    + " are reconciled at once. Reconcile a shorter range.");
        }
        Map<Long, StatementRows.Stored> byId = new HashMap<>();
        statements.forEach(statement -> byId.put(statement.id(), statement));
        Long[] ids = statements.stream().map(StatementRows.Stored::id).toArray(Long[]::new);
        List<Inputs.Line> lines = new ArrayList<>();
        Map<Long, Long> counted = new HashMap<>();
        for (Row row : sql.await(client.preparedQuery(LINES).execute(Tuple.of(ids)))) {
            long statementId = row.getLong("statement_id");
            StatementSummary summary = byId.get(statementId).summary();
            String statementRef = summary.header().statementId();
            Entry entry = StatementLines.entry(row);
            lines.add(new Inputs.Line(new LineRef(statementId, entry.index()), statementRef,
                    new BankEntry(key.account(), statementRef + "@" + statementId, entry)));
            counted.merge(statementId, 1L, Long::sum);
        }
        for (StatementRows.Stored statement : statements) {
            if (counted.getOrDefault(statement.id(), 0L) != statement.summary().entryCount()) {
                throw new IllegalStateException("statement " + statement.id() + " holds "
                        + counted.getOrDefault(statement.id(), 0L) + " lines but its summary counts "
                        + statement.summary().entryCount());
            }
        }
        return lines;
    }

    private List<Inputs.PaymentInput> payments(SqlClient client, ReconciliationKey key, Set<String> named,
                                               Set<String> batchesNamed, Set<Long> decided) {
        Tuple params = Tuple.tuple().addString(key.bankBin()).addString(key.account())
                .addOffsetDateTime(key.start().atOffset(ZoneOffset.UTC))
                .addOffsetDateTime(key.asOf().atOffset(ZoneOffset.UTC)).addArrayOfString(named.toArray(String[]::new))
                .addArrayOfString(batchesNamed.toArray(String[]::new)).addArrayOfLong(decided.toArray(Long[]::new));
        List<Inputs.PaymentInput> payments = new ArrayList<>();
        for (Row row : sql.await(client.preparedQuery(PAYMENTS).execute(params))) {
            payments.add(payment(row, key));
        }
        return payments;
    }

    private static Inputs.PaymentInput payment(Row row, ReconciliationKey key) {
        String state = row.getString("state");
        Instant sentAt = row.getOffsetDateTime("sent_at").toInstant();
        boolean rejected = "REJECTED".equals(state);
        boolean expected = !rejected && !sentAt.isBefore(key.start()) && sentAt.isBefore(key.asOf());
        // Everything handed over in the range and not refused is expected on these statements; a payment only
        // named by a line was expected on another range's, and is here to be matched, not missed.
        PaymentStatus status = rejected ? PaymentStatus.REJECTED : expected ? PaymentStatus.SETTLED
                : PaymentStatus.ACCEPTED;
        String endToEndId = row.getString("end_to_end_id");
        String creditorAccount = row.getString("creditor_account");
        String creditorName = row.getString("creditor_name");
        Payment payment = new Payment(endToEndId, row.getLong("amount_vnd"), Assembler.VND, key.account(),
                creditorAccount, creditorName, Optional.ofNullable(row.getString("batch_message_id")), status, sentAt);
        return new Inputs.PaymentInput(row.getLong("id"), endToEndId, state,
                Optional.ofNullable(row.getString("reason_code")), creditorAccount, creditorName, sentAt, expected,
                payment);
    }

    private List<ReleasedBatch> batches(SqlClient client, ReconciliationKey key, Set<String> batchesNamed) {
        Tuple params = Tuple.tuple().addString(key.bankBin()).addString(key.account())
                .addOffsetDateTime(key.start().atOffset(ZoneOffset.UTC))
                .addOffsetDateTime(key.asOf().atOffset(ZoneOffset.UTC))
                .addArrayOfString(batchesNamed.toArray(String[]::new));
        List<ReleasedBatch> batches = new ArrayList<>();
        for (Row row : sql.await(client.preparedQuery(BATCHES).execute(params))) {
            batches.add(new ReleasedBatch(row.getString("message_id"), Math.toIntExact(row.getLong("tx_count")),
                    row.getLong("control_sum_vnd"), Assembler.VND, key.account(),
                    row.getOffsetDateTime("created_at").toInstant()));
        }
        return batches;
    }

    private static LineRef line(Row row) {
        return new LineRef(row.getLong("statement_id"), row.getLong("entry_index"));
    }
}
