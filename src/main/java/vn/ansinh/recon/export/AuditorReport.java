package vn.ansinh.recon.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the auditor's documents show, read in one go: the reconciliation statement as label/value rows, the
 * input files with their SHA-256, the break list, and the audit chain head when the document was made, so a
 * printed page can be checked against the chain later.
 */
public record AuditorReport(long id, List<Item> statement, List<InputFile> files, List<String> findings,
                            List<Map<String, Object>> breaks, long auditHeadSeq, String auditHeadHash,
                            Instant madeAt) {

    public AuditorReport {
        statement = List.copyOf(statement);
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        breaks = List.copyOf(breaks);
    }

    /** One row of the reconciliation statement; {@code amount} says the value is a whole number of VND. */
    public record Item(String label, String value, boolean amount) {}

    public record InputFile(long id, String name, String sha256, String format, Instant uploadedAt) {}

    /** The break list's columns, in order, with the key of each in a break's map. */
    public static final List<String> BREAK_COLUMNS = List.of("ref", "breakClass", "priority", "age", "status",
            "amountVnd", "bankAmountVnd", "internalAmountVnd", "statementRef", "bookingDate", "bankReference",
            "endToEndId", "creditorName", "creditorAccount", "paymentState", "explanation", "writeOffReason", "notes");

    public static boolean amountColumn(String column) {
        return column.endsWith("Vnd");
    }
}
