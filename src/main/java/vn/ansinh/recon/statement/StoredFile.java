package vn.ansinh.recon.statement;

import java.time.LocalDate;
import java.util.List;

/** A statement file the engine kept: what it holds, statement by statement. */
public record StoredFile(long id, String sha256, String fileName, String format, long bytes, long lines,
                         List<StoredStatement> statements) {

    public StoredFile {
        statements = List.copyOf(statements);
    }

    /** One statement of the file, with its bank, account and the days it covers. */
    public record StoredStatement(long id, String bankBin, String account, String statementRef, Long sequence,
                                  LocalDate firstDate, LocalDate lastDate, long lines, long creditTotalVnd,
                                  long debitTotalVnd) {}
}
