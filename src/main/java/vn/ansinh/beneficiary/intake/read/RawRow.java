package vn.ansinh.beneficiary.intake.read;

import java.util.EnumMap;
import java.util.Map;
import vn.ansinh.beneficiary.intake.IntakeField;

/** The cells of one row that map to intake fields, before any of them is interpreted. */
record RawRow(long rowNumber, Map<IntakeField, RawValue> values) {

    RawRow {
        values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
    }

    RawValue get(IntakeField field) {
        return values.getOrDefault(field, RawValue.BLANK);
    }

    /** True when every field is blank: a spacer row, skipped rather than reported. */
    boolean isBlank() {
        return values.values().stream().allMatch(RawValue::isBlank);
    }
}
