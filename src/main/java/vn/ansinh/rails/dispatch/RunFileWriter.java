package vn.ansinh.rails.dispatch;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
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
 * Streams a declared bank file to disk, a range of the run's line numbers at a time, each transfer written by
 * {@link Pain001Writer}, which holds them to the count and sum declared. A range at a time, so a million payments
 * need the memory of one page. The file appears under its final name only when complete; its SHA-256 is taken, and
 * its schema checked, while writing.
 *
 * <p>Two sources give the same transfers in the same order, so the same declaration writes the same bytes from
 * either: the run's CREATED file payments (the dispatcher, any time after release), and the run's lines with the
 * end-to-end ids their payments get (the release itself, while it stores those payments; see {@link ReleaseFile}).
 */
final class RunFileWriter {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The digest is fed whole buffers: fed byte by byte it was most of the cost of writing a file. */
    private static final int FILE_BUFFER_BYTES = 1 << 16;

    /**
     * A page is a range of line numbers, not "the next N after": right after a release the payment table's
     * statistics may still describe it without the run, and for a LIMIT query PostgreSQL then chose a full scan and
     * a sort for every page (0.6 s each at a million payments). A bounded range of the run's key is an index range
     * scan under any statistics. Both pages take the run and the range as $1..$3.
     */
    private static final String PAYMENT_PAGE = """
            select end_to_end_id, amount_vnd, creditor_bin, creditor_account, creditor_name
            from payment where run_id = $1 and line_no > $2 and line_no <= $3
                and debtor_bin = $4 and rail = 'FILE' and state = 'CREATED'
            order by line_no""";
    /** The lines as the release turns them into payments (PaymentWriter): one payment per line, same creditor. */
    private static final String LINE_PAGE = """
            select line_no, amount_vnd, bank_bin, account_number, full_name
            from payout_line where run_id = $1 and line_no > $2 and line_no <= $3
            order by line_no""";

    /** The written file, its size and digest, what it holds, and what its schema says of it. */
    record Written(Path file, long bytes, String sha256, Pain001Totals totals, SchemaVerdict verdict) {
    }

    /** Where a file's transfers are read from, a range of the run's lines at a time, and how a row becomes one. */
    private enum Source {
        /** The run's CREATED file payments for the file's bank: the dispatcher, any time after release. */
        PAYMENTS(PAYMENT_PAGE) {
            @Override
            Tuple scope(BankFile file, int after, int through) {
                return Tuple.of(file.runId(), after, through, file.bankBin());
            }

            @Override
            CreditTransfer transfer(Row row, BankFile file) {
                String id = row.getString("end_to_end_id");
                EndToEndId endToEndId = EndToEndId.parse(id).orElseThrow(() -> new IllegalStateException(
                        "a payment of run " + file.runId() + " has no valid end-to-end id: " + id));
                return CreditTransfer.of(endToEndId, row.getLong("amount_vnd"),
                        BankIdentity.ofBin(row.getString("creditor_bin")), row.getString("creditor_name"),
                        new AccountId(row.getString("creditor_account")), remittance(file));
            }
        },
        /** The run's lines, before their payments are committed: every line is a CREATED file payment. */
        LINES(LINE_PAGE) {
            @Override
            Tuple scope(BankFile file, int after, int through) {
                return Tuple.of(file.runId(), after, through);
            }

            @Override
            CreditTransfer transfer(Row row, BankFile file) {
                return CreditTransfer.of(EndToEndId.forRunLine(file.runId(), row.getInteger("line_no")),
                        row.getLong("amount_vnd"), BankIdentity.ofBin(row.getString("bank_bin")),
                        row.getString("full_name"), new AccountId(row.getString("account_number")), remittance(file));
            }
        };

        private final String page;

        Source(String page) {
            this.page = page;
        }

        abstract Tuple scope(BankFile file, int after, int through);

        abstract CreditTransfer transfer(Row row, BankFile file);
    }

    private RunFileWriter() {
    }

    /** The file from the run's CREATED file payments for its bank. */
    static Written write(Pool pool, BankFile file, Path target, int pageSize, Duration waitMax) throws IOException {
        return write(pool, file, target, pageSize, waitMax, Source.PAYMENTS);
    }

    /** The file from the run's lines, before their payments are committed. */
    static Written writeFromLines(Pool pool, BankFile file, Path target, int pageSize, Duration waitMax)
            throws IOException {
        return write(pool, file, target, pageSize, waitMax, Source.LINES);
    }

    private static Written write(Pool pool, BankFile file, Path target, int pageSize, Duration waitMax, Source source)
            throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        MessageDigest sha256 = sha256();
        Pain001Totals totals;
        // Validated while written, on a second thread: at a million payments each takes seconds, and they overlap.
        try (var validation = ValidationWhileWriting.start(IsoSchema.PAIN_001_001_10, "validate-" + file.messageId())) {
            try (OutputStream out = new BufferedOutputStream(new TeeOutputStream(
                            new DigestOutputStream(Files.newOutputStream(part), sha256), validation.sink()),
                            FILE_BUFFER_BYTES);
                    Pain001Writer writer = Pain001Writer.open(out, header(file))) {
                for (int after = 0; after < file.runLines(); after += pageSize) {
                    Tuple scope = source.scope(file, after, Math.min(file.runLines(), after + pageSize));
                    for (Row row : pool.preparedQuery(source.page).execute(scope).await().atMost(waitMax)) {
                        writer.write(source.transfer(row, file));
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

    private static String remittance(BankFile file) {
        return file.programCode() + " " + file.period();
    }

    /** SHA-256 of a file on disk, in hex: how a file written earlier is known to be the one recorded. */
    static String sha256Of(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[FILE_BUFFER_BYTES];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every JDK has SHA-256", missing);
        }
    }
}
