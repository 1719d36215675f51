package vn.ansinh.beneficiary.intake.read;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ansinh.beneficiary.intake.FileProblem;
import vn.ansinh.beneficiary.intake.FileProblemCode;
import vn.ansinh.beneficiary.intake.IntakeField;
import vn.ansinh.beneficiary.intake.IntakeFileException;

/**
 * Which column holds which field, decided from a header row. Unrecognised columns (a row counter, notes) are
 * ignored. A list often begins with a title ("DANH SÁCH CHI TRẢ …") above the header, so readers try rows in
 * turn and take the first that names any field.
 */
final class HeaderMap {

    /** Rows searched for the header before the file is refused for MISSING_COLUMN. */
    static final int HEADER_SEARCH_ROWS_MAX = 20;

    private final Map<IntakeField, Integer> columnByField;

    private HeaderMap(Map<IntakeField, Integer> columnByField) {
        this.columnByField = columnByField;
    }

    /** The header map of this row, or empty when the row names no field at all. */
    static Optional<HeaderMap> recognise(List<String> headers, String fileName, long rowNumber, int columnsMax) {
        if (headers.size() > columnsMax) {
            throw new IntakeFileException(FileProblem.atRow(FileProblemCode.TOO_LARGE, fileName, rowNumber,
                    "the header has " + headers.size() + " columns; at most " + columnsMax + " are read"));
        }
        Map<IntakeField, Integer> columnByField = new EnumMap<>(IntakeField.class);
        for (int column = 0; column < headers.size(); column++) {
            Optional<IntakeField> field = IntakeField.forHeader(headers.get(column));
            if (field.isPresent() && columnByField.putIfAbsent(field.get(), column) != null) {
                throw new IntakeFileException(FileProblem.atRow(FileProblemCode.DUPLICATE_COLUMN, fileName,
                        rowNumber, "columns " + (columnByField.get(field.get()) + 1) + " and " + (column + 1)
                                + " both name " + field.get().columnName()));
            }
        }
        if (columnByField.isEmpty()) {
            return Optional.empty();
        }
        requireAllRequired(columnByField, fileName, rowNumber);
        return Optional.of(new HeaderMap(columnByField));
    }

    /** The refusal for a file whose first rows name no field at all: EMPTY_FILE when they hold no text. */
    static IntakeFileException noHeader(String fileName, boolean sawText) {
        if (!sawText) {
            return new IntakeFileException(FileProblem.ofFile(FileProblemCode.EMPTY_FILE, fileName,
                    "the file holds no text"));
        }
        List<IntakeField> required = Arrays.stream(IntakeField.values()).filter(IntakeField::required).toList();
        return new IntakeFileException(FileProblem.ofFile(FileProblemCode.MISSING_COLUMN, fileName,
                "no header row naming the columns was found; required columns: " + names(required)));
    }

    Map<IntakeField, Integer> columnByField() {
        return columnByField;
    }

    private static void requireAllRequired(Map<IntakeField, Integer> columnByField, String fileName, long rowNumber) {
        List<IntakeField> missing = Arrays.stream(IntakeField.values())
                .filter(field -> field.required() && !columnByField.containsKey(field))
                .toList();
        if (!missing.isEmpty()) {
            // The problem names the first missing field so a program can point at it; the detail lists them all.
            throw new IntakeFileException(FileProblem.atCell(FileProblemCode.MISSING_COLUMN, fileName, rowNumber,
                    missing.getFirst(), "missing column " + names(missing)));
        }
    }

    private static String names(List<IntakeField> fields) {
        return fields.stream().map(field -> field.columnName() + " (" + String.join(" / ", field.aliases()) + ")")
                .collect(Collectors.joining(", "));
    }
}
