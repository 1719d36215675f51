package vn.ansinh.beneficiary.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import vn.ansinh.identity.Gender;
import vn.ansinh.identity.Masking;

/**
 * One beneficiary as a list gives them, parsed but not yet checked. Text fields hold what the file says with
 * surrounding whitespace removed ("" when the cell is empty); typed fields are empty when the text could not be
 * read, and {@code problems} then says why. A row is produced even when it has problems, so the officer sees
 * every row's fate.
 *
 * @param rowNumber where the row is in the file: the spreadsheet row or CSV line (header included), or the
 *                  1-based position of the object in a JSON array
 * @param amountVnd whole đồng; never a fraction
 */
public record BeneficiaryRow(
        long rowNumber,
        String fullName,
        String cccd,
        Optional<LocalDate> dateOfBirth,
        Optional<Gender> gender,
        OptionalLong amountVnd,
        String bank,
        String accountNumber,
        Optional<String> accountHolder,
        Optional<String> communeCode,
        Optional<String> phone,
        List<RowProblem> problems) {

    public BeneficiaryRow {
        if (rowNumber < 1) {
            throw new IllegalArgumentException("row numbers start at 1: " + rowNumber);
        }
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(cccd, "cccd");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(amountVnd, "amountVnd");
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(accountHolder, "accountHolder");
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(phone, "phone");
        amountVnd.ifPresent(amount -> {
            if (amount <= 0) {
                throw new IllegalArgumentException("a parsed amount is more than 0 đồng: " + amount);
            }
        });
        problems = List.copyOf(problems);
    }

    /** Masks the CCCD, account number and phone so that a row can be logged. */
    @Override
    public String toString() {
        return "BeneficiaryRow[row=" + rowNumber + ", cccd=" + Masking.cccd(cccd)
                + ", dateOfBirth=" + dateOfBirth.map(LocalDate::toString).orElse("?")
                + ", gender=" + gender.map(Gender::name).orElse("?")
                + ", amountVnd=" + (amountVnd.isPresent() ? amountVnd.getAsLong() : "?")
                + ", bank=" + bank + ", account=" + Masking.account(accountNumber)
                + ", phone=" + phone.map(Masking::account).orElse("")
                + ", problems=" + problems.stream().map(RowProblem::code).toList() + "]";
    }
}
