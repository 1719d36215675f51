package vn.ansinh.recon.statement;

import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.beneficiary.intake.ContentHash;
import vn.ansinh.platform.DomainException;
import vn.ansinh.recon.BlockingSql;
import vn.ansinh.recon.ReconConfig;
import vn.ansinh.reconciliation.model.StatementSummary;
import vn.ansinh.reconciliation.parse.ParseLimits;
import vn.ansinh.reconciliation.parse.ParseOptions;
import vn.ansinh.reconciliation.parse.ParseOutcome;
import vn.ansinh.reconciliation.parse.StatementParser;

/**
 * Takes a statement file in, or refuses it whole. Everything that can refuse it is decided by a first read that
 * stores nothing: the same content seen before, the parse, the currency, whose account each statement is. The
 * second read streams every line into the database inside one transaction with the audit entry, and the totals
 * read back must equal the totals parsed. Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class StatementIntake {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final String INSERT_FILE = """
            insert into statement_file (sha256, file_name, format, file_bytes, channel, uploaded_by, statement_count,
                line_count) values ($1, $2, $3, $4, $5, $6, $7, $8) returning id""";
    private static final String READ_BACK = """
            select statement_id, count(*) filter (where direction = 'CREDIT'), count(*) filter (where direction = 'DEBIT'),
                coalesce(sum(amount_vnd) filter (where direction = 'CREDIT'), 0),
                coalesce(sum(amount_vnd) filter (where direction = 'DEBIT'), 0)
            from statement_line where statement_id = any($1) group by statement_id""";

    @Inject BlockingSql sql;
    @Inject AuditLog audit;
    @Inject ReconConfig config;
    @Inject FundingAccounts fundingAccounts;

    public StoredFile accept(Path upload, String fileName, Uploader uploader) {
        long bytes = size(upload);
        String sha256 = sha256(upload);
        refuseDuplicate(sha256, fileName);
        StatementParser parser = new StatementParser(options());
        FirstPass first = new FirstPass();
        ParseOutcome.Parsed parsed = switch (parser.parse(upload, first)) {
            case ParseOutcome.Refused refused -> throw ParseRefusal.of(refused, fileName);
            case ParseOutcome.Parsed accepted -> accepted;
        };
        List<StatementFacts> statements = first.statements();
        if (!parsed.statements().equals(statements.stream().map(StatementFacts::summary).toList())) {
            throw new IllegalStateException("the parser's summaries disagree with those its sink received");
        }
        String format = parsed.format().name();
        refuseForeignCurrency(statements, fileName);
        Map<String, String> binByAccount = fundingAccounts.binByAccount(statements, uploader, fileName);
        try {
            return sql.inTransaction(connection -> store(connection, new Accepted(upload, fileName, sha256, format,
                    bytes, statements, binByAccount), uploader, parser));
        } catch (RuntimeException failure) {
            if (String.valueOf(failure.getMessage()).contains("statement_file_sha256_key")) {
                throw duplicate(fileName, "at the same moment by another upload");
            }
            throw failure;
        }
    }

    /** A file that passed every check of the first read, with what that read learned. */
    private record Accepted(Path upload, String fileName, String sha256, String format, long bytes,
                            List<StatementFacts> statements, Map<String, String> binByAccount) {}

    private StoredFile store(SqlConnection connection, Accepted file, Uploader uploader, StatementParser parser) {
        long lines = file.statements().stream().mapToLong(facts -> facts.summary().entryCount()).sum();
        long fileId = sql.await(connection.preparedQuery(INSERT_FILE).execute(Tuple.from(List.of(file.sha256(),
                file.fileName(), file.format(), file.bytes(), uploader.channel().name(), uploader.actor(),
                file.statements().size(), lines)))).iterator().next().getLong(0);
        LocalDate today = LocalDate.now(VIETNAM);
        List<StoredFile.StoredStatement> stored = new ArrayList<>();
        for (int position = 0; position < file.statements().size(); position++) {
            StatementFacts facts = file.statements().get(position);
            StatementSummary summary = facts.summary();
            String account = summary.header().account().orElseThrow();
            String bin = file.binByAccount().get(account);
            long id = sql.await(StatementRows.insert(connection, fileId, position, bin, facts.firstDate(today),
                    facts.lastDate(today), summary));
            stored.add(new StoredFile.StoredStatement(id, bin, account, summary.header().statementId(),
                    summary.header().sequence().isPresent() ? summary.header().sequence().getAsLong() : null,
                    facts.firstDate(today), facts.lastDate(today), summary.entryCount(), summary.creditTotalMinor(),
                    summary.debitTotalMinor()));
        }
        writeLines(connection, file, stored, parser);
        var result = new StoredFile(fileId, file.sha256(), file.fileName(), file.format(), file.bytes(), lines, stored);
        sql.await(audit.append(connection, new AuditEvent(uploader.actor(), "STATEMENT_FILE_RECEIVED",
                "statement-file:" + fileId, StatementAudit.payload(result, uploader))));
        return result;
    }

    private void writeLines(SqlConnection connection, Accepted file, List<StoredFile.StoredStatement> stored,
                            StatementParser parser) {
        LineWriter writer = new LineWriter(connection, stored.stream().map(StoredFile.StoredStatement::id).toList(),
                config.linesPerBatchMax(), sql::await);
        ParseOutcome second = parser.parse(file.upload(), writer);
        writer.flush();
        List<StatementSummary> expected = file.statements().stream().map(StatementFacts::summary).toList();
        if (!(second instanceof ParseOutcome.Parsed) || !writer.summaries().equals(expected)) {
            throw new IllegalStateException("the second read of statement file " + file.sha256()
                    + " disagrees with the first");
        }
        checkReadBack(connection, stored, expected);
    }

    /** Both sides of the boundary: per statement, the counts and totals in the database equal those parsed. */
    private void checkReadBack(SqlConnection connection, List<StoredFile.StoredStatement> stored,
                               List<StatementSummary> expected) {
        Long[] ids = stored.stream().map(StoredFile.StoredStatement::id).toArray(Long[]::new);
        Map<Long, List<Long>> found = new LinkedHashMap<>();
        sql.await(connection.preparedQuery(READ_BACK).execute(Tuple.of(ids))).forEach(row -> found.put(row.getLong(0),
                List.of(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4))));
        for (int i = 0; i < stored.size(); i++) {
            StatementSummary summary = expected.get(i);
            List<Long> parsed = List.of(summary.creditCount(), summary.debitCount(), summary.creditTotalMinor(),
                    summary.debitTotalMinor());
            List<Long> inDatabase = found.getOrDefault(stored.get(i).id(), List.of(0L, 0L, 0L, 0L));
            if (!parsed.equals(inDatabase)) {
                throw new IllegalStateException("statement " + stored.get(i).id() + " read back " + inDatabase
                        + " (credits, debits, credit total, debit total) but parsed " + parsed);
            }
        }
    }

    private void refuseDuplicate(String sha256, String fileName) {
        var earlier = sql.await(sql.pool().preparedQuery("select id, uploaded_at from statement_file where sha256 = $1")
                .execute(Tuple.of(sha256)));
        if (earlier.size() > 0) {
            var row = earlier.iterator().next();
            throw duplicate(fileName, "as statement file " + row.getLong(0) + " at " + row.getOffsetDateTime(1));
        }
    }

    private static DomainException duplicate(String fileName, String when) {
        return new DomainException(DomainException.Kind.CONFLICT, "DUPLICATE_STATEMENT_FILE", "This file (same "
                + "SHA-256) was already received " + when + "; it is stored once.", fileName, List.of());
    }

    private static void refuseForeignCurrency(List<StatementFacts> statements, String fileName) {
        for (StatementFacts facts : statements) {
            if (facts.foreignCurrencyEntries() > 0) {
                throw new DomainException(DomainException.Kind.INVALID, "STATEMENT_CURRENCY_UNSUPPORTED", "Statement '"
                        + facts.summary().header().statementId() + "' has " + facts.foreignCurrencyEntries()
                        + " entries not in VND; funding accounts are VND accounts.", fileName, List.of());
            }
        }
    }

    private ParseOptions options() {
        ParseLimits defaults = ParseLimits.defaults();
        return ParseOptions.defaults().withAccountCurrency(FirstPass.VND).withLimits(new ParseLimits(
                config.statementBytesMax(), defaults.wholeFileBytesMax(), defaults.entriesPerStatementMax(),
                defaults.statementsMax(), defaults.nodesPerEntryMax(), defaults.textCharsMax(),
                defaults.entriesInMemoryMax()));
    }

    private long size(Path upload) {
        try {
            long bytes = Files.size(upload);
            if (bytes == 0) {
                throw new DomainException(DomainException.Kind.INVALID, "STATEMENT_FILE_EMPTY", "The file is empty.");
            }
            if (bytes > config.statementBytesMax()) {
                throw new DomainException(DomainException.Kind.TOO_LARGE, "TOO_LARGE", "The statement file has "
                        + bytes + " bytes; at most " + config.statementBytesMax() + " are accepted.");
            }
            return bytes;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the uploaded statement file", unreadable);
        }
    }

    private static String sha256(Path upload) {
        try {
            return ContentHash.of(upload).sha256Hex();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the uploaded statement file", unreadable);
        }
    }
}
