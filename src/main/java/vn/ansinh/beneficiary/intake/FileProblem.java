package vn.ansinh.beneficiary.intake;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Why a file was refused, in terms an officer can act on: the file's name, and the row and field when the
 * problem is in one place. The detail never contains a full CCCD or account number.
 */
public record FileProblem(
        FileProblemCode code, String fileName, OptionalLong row, Optional<IntakeField> field, String detail) {

    public FileProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(detail, "detail");
    }

    public static FileProblem ofFile(FileProblemCode code, String fileName, String detail) {
        return new FileProblem(code, fileName, OptionalLong.empty(), Optional.empty(), detail);
    }

    public static FileProblem atRow(FileProblemCode code, String fileName, long row, String detail) {
        return new FileProblem(code, fileName, OptionalLong.of(row), Optional.empty(), detail);
    }

    public static FileProblem atCell(FileProblemCode code, String fileName, long row, IntakeField field,
            String detail) {
        return new FileProblem(code, fileName, OptionalLong.of(row), Optional.of(field), detail);
    }

    /** "ds.xlsx row 12 field so_tien: FORMULA_CELL (…)". */
    public String describe() {
        StringBuilder text = new StringBuilder(fileName);
        row.ifPresent(value -> text.append(" row ").append(value));
        field.ifPresent(value -> text.append(" field ").append(value.columnName()));
        return text.append(": ").append(code).append(" (").append(detail).append(')').toString();
    }
}
