package vn.ansinh.beneficiary.list;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.beneficiary.Programs;
import vn.ansinh.beneficiary.intake.ContentHash;
import vn.ansinh.beneficiary.intake.FileProblem;
import vn.ansinh.beneficiary.intake.IntakeLimits;
import vn.ansinh.beneficiary.intake.IntakeResult;
import vn.ansinh.beneficiary.intake.read.FormatSniffer;
import vn.ansinh.beneficiary.intake.read.Intake;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;

/**
 * Accepts an uploaded list or refuses it whole. Every file-level check runs before anything is stored: the same
 * content for the same program, the format, the encoding, the columns, the size — a full read of the file, so a
 * refusal can name the row and field. An accepted file is kept in the spool and read again, row by row, by
 * {@link ListProcessor}. Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class IntakeService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration DATABASE_WAIT_MAX = Duration.ofSeconds(30);

    @Inject Programs programs;
    @Inject BeneficiaryLists lists;
    @Inject ListProcessor processor;
    @Inject AuditLog audit;
    @Inject IntakeConfig config;
    @Inject Pool pool;

    public ListProgress accept(String programCode, Path upload, String fileName, String actor) {
        programs.find(programCode).await().atMost(DATABASE_WAIT_MAX).orElseThrow(() ->
                DomainException.notFound("PROGRAM_NOT_FOUND", "There is no program " + programCode + "."));
        var limits = IntakeLimits.defaults();
        try {
            String sha256 = ContentHash.of(upload).sha256Hex();
            var earlier = lists.findByContent(programCode, sha256).await().atMost(DATABASE_WAIT_MAX);
            if (earlier.isPresent()) {
                throw new DomainException(DomainException.Kind.CONFLICT, "DUPLICATE_FILE", "This file was already "
                        + "uploaded for " + programCode + " as list " + earlier.get() + "; it is not processed twice.",
                        fileName, List.of());
            }
            var today = LocalDate.now(VIETNAM);
            var result = Intake.check(upload, fileName, limits, today);
            long rows = switch (result) {
                case IntakeResult.Refused refused -> throw refusal(refused.problem());
                case IntakeResult.Completed completed -> completed.rowCount();
            };
            var format = FormatSniffer.sniff(upload, fileName);
            long id = store(programCode, upload, fileName, sha256, format.name(), rows, actor);
            processor.start(id);
            return lists.find(id).await().atMost(DATABASE_WAIT_MAX).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    private long store(String programCode, Path upload, String fileName, String sha256, String format, long rows,
                       String actor) throws IOException {
        Files.createDirectories(config.spoolDir());
        Path staged = Files.createTempFile(config.spoolDir(), "incoming-", ".list");
        Files.copy(upload, staged, StandardCopyOption.REPLACE_EXISTING);
        long bytes = Files.size(staged);
        try {
            long id = pool.withTransaction(connection -> connection.preparedQuery("""
                            insert into beneficiary_list (program_code, file_name, content_sha256, format, file_bytes,
                                uploaded_by, status, rows_total) values ($1, $2, $3, $4, $5, $6, 'RECEIVED', $7)
                            returning id""")
                    .execute(Tuple.from(List.of(programCode, fileName, sha256, format, bytes, actor, rows)))
                    .map(inserted -> inserted.iterator().next().getLong(0))
                    .call(listId -> audit.append(connection, new AuditEvent(actor, "LIST_RECEIVED", "list:" + listId,
                            Map.of("program", programCode, "fileName", fileName, "sha256", sha256, "rows", rows,
                                    "bytes", bytes)))))
                    .await().atMost(DATABASE_WAIT_MAX);
            Files.move(staged, ListProcessor.spoolFile(config.spoolDir(), id), StandardCopyOption.ATOMIC_MOVE);
            return id;
        } catch (RuntimeException e) {
            Files.deleteIfExists(staged);
            if (String.valueOf(e.getMessage()).contains("beneficiary_list_once")) {
                throw new DomainException(DomainException.Kind.CONFLICT, "DUPLICATE_FILE",
                        "This file was uploaded for " + programCode + " at the same moment; it is processed once.",
                        fileName, List.of());
            }
            throw e;
        }
    }

    static DomainException refusal(FileProblem problem) {
        var kind = switch (problem.code()) {
            case TOO_LARGE -> DomainException.Kind.TOO_LARGE;
            case DUPLICATE_FILE -> DomainException.Kind.CONFLICT;
            default -> DomainException.Kind.INVALID;
        };
        var violation = new Violation(problem.row().orElse(0),
                problem.field().map(field -> field.columnName()).orElse(""), problem.code().name(), problem.detail());
        return new DomainException(kind, problem.code().name(), problem.describe(), problem.fileName(), List.of(violation));
    }
}
