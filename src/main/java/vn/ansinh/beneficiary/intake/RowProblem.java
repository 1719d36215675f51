package vn.ansinh.beneficiary.intake;

import java.util.Objects;
import java.util.Optional;

/**
 * One reason a row did not pass cleanly: the code, the field it concerns (when it concerns one) and a sentence for
 * the officer. The detail never contains a full CCCD or account number.
 */
public record RowProblem(ReasonCode code, Optional<IntakeField> field, String detail) {

    public RowProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(detail, "detail");
    }

    public static RowProblem of(ReasonCode code, IntakeField field, String detail) {
        return new RowProblem(code, Optional.of(field), detail);
    }

    /** "so_tien: AMOUNT_INVALID (must be more than 0 đồng)", for reports and logs. */
    public String describe() {
        String prefix = field.map(value -> value.columnName() + ": ").orElse("");
        return prefix + code + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
