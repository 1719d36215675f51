package vn.ansinh.rails.dispatch;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HexFormat;
import org.apache.commons.io.output.TeeOutputStream;
import vn.ansinh.rails.id.EndToEndId;
import vn.ansinh.rails.lifecycle.PaymentBook;
import vn.ansinh.rails.pain001.CreditTransfer;
import vn.ansinh.rails.pain001.Pain001Header;
import vn.ansinh.rails.pain001.Pain001Totals;
import vn.ansinh.rails.pain001.Pain001Writer;
import vn.ansinh.rails.party.AccountId;
import vn.ansinh.rails.party.BankIdentity;
import vn.ansinh.rails.xml.IsoSchema;
import vn.ansinh.rails.xml.SchemaVerdict;
import vn.ansinh.rails.xml.ValidationWhileWriting;

/**
 * Streams a declared bank file from the database to disk: pages of the run's CREATED file payments for the bank,
 * in line order (the run's key), each written by {@link Pain001Writer}, which holds them to the count and sum
 * declared from the database. A page at a time, so a million payments need the memory of one page. The file appears under its final
 * name only when complete; its SHA-256 is taken, and its schema checked, while writing.
 */
final class RunFileWriter {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The digest is fed whole buffers: fed byte by byte it was most of the cost of writing a file. */
    private static final int FILE_BUFFER_BYTES = 1 << 16;

    /**
     * A page is a range of line numbers, not "the next N after": right after a release the payment table's
     * statistics still describe it without the run, and for a LIMIT query PostgreSQL then chose a full scan and a
     * sort for every page (0.6 s each at a million payments). A bounded range of the run's key is an index range
     * scan under any statistics.
     */
    private static final String PAGE = """
            select end_to_end_id, amount_vnd, creditor_bin, creditor_account, creditor_name
            from payment where run_id = $1 and line_no > $3 and line_no <= $4
                and debtor_bin = $2 and rail = 'FILE' and state = 'CREATED'
            order by line_no""";

    /** The written file, its size and digest, what it holds, and what its schema says of it. */
    record Written(Path file, long bytes, String sha256, Pain001Totals totals, SchemaVerdict verdict) {
    }

    private RunFileWriter() {
    }

    static Written write(Pool pool, BankFile file, Path target, int pageSize, Duration waitMax) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        MessageDigest sha256 = sha256();
        Pain001Totals totals;
        // Validated while written, on a second thread: at a million payments each takes seconds, and they overlap.
        try (var validation = ValidationWhileWriting.start(IsoSchema.PAIN_001_001_10, "validate-" + file.messageId())) {
            try (OutputStream out = new BufferedOutputStream(new TeeOutputStream(
                            new DigestOutputStream(Files.newOutputStream(part), sha256), validation.sink()),
                            FILE_BUFFER_BYTES);
                    Pain001Writer writer = Pain001Writer.open(out, header(file))) {
                int lastLine = PaymentBook.lastLineNo(pool, file.runId()).await().atMost(waitMax);
                for (int after = 0; after < lastLine; after += pageSize) {
                    RowSet<Row> page = pool.preparedQuery(PAGE).execute(Tuple.of(file.runId(), file.bankBin(), after,
                            Math.min(lastLine, after + pageSize))).await().atMost(waitMax);
                    for (Row row : page) {
                        writer.write(transfer(row, file));
                    }
                }
                totals = writer.totals();
            } catch (RuntimeException | IOException failure) {
                Files.deleteIfExists(part);
                throw failure;
            }
            SchemaVerdict verdict = validation.verdict();
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Written(target, Files.size(target), HexFormat.of().formatHex(sha256.digest()), totals, verdict);
        }
    }

    /** The header from the declaration alone, so the same declaration always writes the same bytes. */
    static Pain001Header header(BankFile file) {
        return Pain001Header.of(file.messageId(), file.declaredAt(), file.transactions(), file.controlSumVnd(),
                file.debtorName(), file.messageId() + "-P1", file.declaredAt().atZoneSameInstant(VIETNAM).toLocalDate(),
                file.debtorName(), new AccountId(file.debtorAccount()), BankIdentity.ofBin(file.bankBin()));
    }

    private static CreditTransfer transfer(Row row, BankFile file) {
        String id = row.getString("end_to_end_id");
        EndToEndId endToEndId = EndToEndId.parse(id).orElseThrow(() -> new IllegalStateException(
                "a payment of run " + file.runId() + " has no valid end-to-end id: " + id));
        return CreditTransfer.of(endToEndId, row.getLong("amount_vnd"),
                BankIdentity.ofBin(row.getString("creditor_bin")), row.getString("creditor_name"),
                new AccountId(row.getString("creditor_account")), file.programCode() + " " + file.period());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every JDK has SHA-256", missing);
        }
    }
}
