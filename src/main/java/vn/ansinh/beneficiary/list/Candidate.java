package vn.ansinh.beneficiary.list;

import java.time.LocalDate;
import java.util.Objects;
import vn.ansinh.identity.Gender;
import vn.ansinh.identity.Masking;

/**
 * A row that passed every local check and now waits for the registry and the bank: what they are asked about.
 * Rebuilt from the stored row when a PENDING row is tried again.
 */
public record Candidate(long rowNumber, String fullName, String cccd, LocalDate dateOfBirth, Gender gender,
                        String bin, String accountNumber) {

    public Candidate {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(cccd, "cccd");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(accountNumber, "accountNumber");
    }

    @Override
    public String toString() {
        return "Candidate[row=" + rowNumber + ", " + Masking.cccd(cccd) + ", " + bin + "/"
                + Masking.account(accountNumber) + "]";
    }
}
