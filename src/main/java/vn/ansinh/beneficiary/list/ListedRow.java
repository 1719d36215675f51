package vn.ansinh.beneficiary.list;

import java.util.Objects;
import java.util.Optional;
import vn.ansinh.beneficiary.intake.BeneficiaryRow;

/** A row as it is stored: what the file said, the bank's BIN if the bank was recognised, and the verdict. */
public record ListedRow(BeneficiaryRow row, Optional<String> bin, Verdict verdict) {

    public ListedRow {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(verdict, "verdict");
    }
}
