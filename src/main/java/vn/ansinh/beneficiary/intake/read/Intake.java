package vn.ansinh.beneficiary.intake.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import vn.ansinh.beneficiary.intake.BeneficiaryRow;
import vn.ansinh.beneficiary.intake.FileProblem;
import vn.ansinh.beneficiary.intake.FileProblemCode;
import vn.ansinh.beneficiary.intake.IntakeFileException;
import vn.ansinh.beneficiary.intake.IntakeLimits;
import vn.ansinh.beneficiary.intake.IntakeResult;

/**
 * Where intake starts: opens an uploaded list, whatever its format, as a stream of beneficiary rows. The format
 * is decided from the file's first bytes ({@link FormatSniffer}); the file's size is checked before anything is
 * read. {@code fileName} is the name the officer uploaded, used only in messages.
 */
public final class Intake {

    private Intake() {
    }

    /**
     * A reader over the file's rows; the caller closes it. Throws IntakeFileException when the file is refused
     * before its first row, and IOException only when the file itself cannot be read from disk.
     *
     * @param today the date in Việt Nam, against which a date of birth in the future is refused
     */
    public static BeneficiaryRowReader open(Path file, String fileName, IntakeLimits limits, LocalDate today)
            throws IOException {
        return reader(file, fileName, limits, today);
    }

    private static ParsingRowReader reader(Path file, String fileName, IntakeLimits limits, LocalDate today)
            throws IOException {
        Objects.requireNonNull(fileName, "fileName");
        long bytes = Files.size(file);
        if (bytes > limits.fileBytesMax()) {
            throw new IntakeFileException(FileProblem.ofFile(FileProblemCode.TOO_LARGE, fileName,
                    "the file has " + bytes + " bytes; at most " + limits.fileBytesMax() + " are accepted"));
        }
        RowParser parser = new RowParser(today, limits.amountVndMax());
        RowSource source = switch (FormatSniffer.sniff(file, fileName)) {
            case CSV -> new CsvRowSource(file, fileName, limits);
            case XLSX -> new XlsxRowSource(file, fileName, limits);
            case JSON -> new JsonRowSource(file, fileName, limits);
        };
        return new ParsingRowReader(source, parser, fileName, limits);
    }

    /**
     * Reads every row into {@code sink}. A file is all or nothing: after {@link IntakeResult.Refused}, the caller
     * discards the rows the sink already received.
     */
    public static IntakeResult read(Path file, String fileName, IntakeLimits limits, LocalDate today,
            Consumer<BeneficiaryRow> sink) throws IOException {
        return throughEveryRow(file, fileName, limits, today, reader -> {
            Optional<BeneficiaryRow> row = reader.next();
            row.ifPresent(sink);
            return row.isPresent();
        });
    }

    /**
     * Every file-level check of {@link #read} (format, size, encoding, columns, row and cell limits, an empty file)
     * and the row count, without parsing the rows' fields: a field that does not parse is a row's outcome, never a
     * reason to refuse the file, and parsing a million rows only to count them cost seconds of an upload.
     */
    public static IntakeResult check(Path file, String fileName, IntakeLimits limits, LocalDate today)
            throws IOException {
        return throughEveryRow(file, fileName, limits, today, reader -> reader.nextChecked().isPresent());
    }

    /** Takes {@code step} until it answers false, counting the rows it took; a refusal ends the read as its result. */
    private static IntakeResult throughEveryRow(Path file, String fileName, IntakeLimits limits, LocalDate today,
            Predicate<ParsingRowReader> step) throws IOException {
        long rowCount = 0;
        try (ParsingRowReader reader = reader(file, fileName, limits, today)) {
            while (step.test(reader)) {
                rowCount++;
            }
        } catch (IntakeFileException refused) {
            return new IntakeResult.Refused(refused.problem());
        }
        return new IntakeResult.Completed(rowCount);
    }
}
