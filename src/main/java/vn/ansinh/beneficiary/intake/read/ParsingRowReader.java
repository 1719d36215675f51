package vn.ansinh.beneficiary.intake.read;

import java.util.Map;
import java.util.Optional;
import vn.ansinh.beneficiary.intake.BeneficiaryRow;
import vn.ansinh.beneficiary.intake.FileProblem;
import vn.ansinh.beneficiary.intake.FileProblemCode;
import vn.ansinh.beneficiary.intake.IntakeField;
import vn.ansinh.beneficiary.intake.IntakeFileException;
import vn.ansinh.beneficiary.intake.IntakeLimits;

/**
 * The format-independent half of every reader: skips blank rows, holds the file to its row and cell limits,
 * refuses a file without rows, and parses each raw row.
 */
final class ParsingRowReader implements BeneficiaryRowReader {

    private final RowSource source;
    private final RowParser parser;
    private final String fileName;
    private final IntakeLimits limits;
    private long rowCount;

    ParsingRowReader(RowSource source, RowParser parser, String fileName, IntakeLimits limits) {
        this.source = source;
        this.parser = parser;
        this.fileName = fileName;
        this.limits = limits;
    }

    @Override
    public Optional<BeneficiaryRow> next() {
        return nextChecked().map(parser::parse);
    }

    /** The next row that passed the file-level checks, not yet parsed into fields; empty after the last one. */
    Optional<RawRow> nextChecked() {
        Optional<RawRow> raw = source.nextRaw();
        while (raw.isPresent() && raw.get().isBlank()) {
            raw = source.nextRaw();
        }
        if (raw.isEmpty()) {
            if (rowCount == 0) {
                throw new IntakeFileException(FileProblem.ofFile(FileProblemCode.EMPTY_FILE, fileName,
                        "the file has a header but no beneficiary rows"));
            }
            return Optional.empty();
        }
        rowCount++;
        if (rowCount > limits.rowsMax()) {
            throw new IntakeFileException(FileProblem.atRow(FileProblemCode.TOO_LARGE, fileName,
                    raw.get().rowNumber(), "more than " + limits.rowsMax() + " beneficiary rows"));
        }
        requireCellsWithinLimit(raw.get());
        return raw;
    }

    @Override
    public void close() {
        source.close();
    }

    private void requireCellsWithinLimit(RawRow raw) {
        for (Map.Entry<IntakeField, RawValue> cell : raw.values().entrySet()) {
            if (cell.getValue().text().length() > limits.cellCharsMax()) {
                throw new IntakeFileException(FileProblem.atCell(FileProblemCode.TOO_LARGE, fileName,
                        raw.rowNumber(), cell.getKey(), "a cell longer than " + limits.cellCharsMax()
                                + " characters"));
            }
        }
    }
}
