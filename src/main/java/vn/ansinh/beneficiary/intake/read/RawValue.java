package vn.ansinh.beneficiary.intake.read;

import java.util.Objects;

/**
 * A cell's text as the file gives it, and whether the file stored it as a number. The distinction matters:
 * a spreadsheet that stores a CCCD or account number as a number has dropped its leading zeros.
 */
record RawValue(String text, boolean storedAsNumber) {

    static final RawValue BLANK = new RawValue("", false);

    RawValue {
        Objects.requireNonNull(text, "text");
    }

    static RawValue text(String text) {
        return new RawValue(text, false);
    }

    static RawValue number(String text) {
        return new RawValue(text, true);
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
