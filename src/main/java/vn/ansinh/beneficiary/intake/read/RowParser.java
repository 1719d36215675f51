package vn.ansinh.beneficiary.intake.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.ansinh.beneficiary.intake.BeneficiaryRow;
import vn.ansinh.beneficiary.intake.IntakeField;
import vn.ansinh.beneficiary.intake.ReasonCode;
import vn.ansinh.beneficiary.intake.RowProblem;
import vn.ansinh.identity.Cccd;
import vn.ansinh.identity.Gender;
import vn.ansinh.identity.Masking;

/**
 * Turns the raw cells of a row into a {@link BeneficiaryRow}, recording MISSING_FIELD, DOB_INVALID,
 * GENDER_INVALID and AMOUNT_INVALID as it goes. The same for every file format, so a list gives the same rows
 * whether it arrives as CSV, XLSX or JSON.
 */
final class RowParser {

    static final int EARLIEST_BIRTH_YEAR = 1900;

    /** A spreadsheet number holds 15 significant digits exactly; a longer account number has been rounded. */
    static final int SPREADSHEET_EXACT_DIGITS_MAX = 15;

    private static final int QUOTED_CHARS_MAX = 40;

    private final LocalDate today;
    private final long amountVndMax;

    RowParser(LocalDate today, long amountVndMax) {
        this.today = today;
        this.amountVndMax = amountVndMax;
    }

    BeneficiaryRow parse(RawRow raw) {
        List<RowProblem> problems = new ArrayList<>();
        for (IntakeField field : IntakeField.values()) {
            if (field.required() && raw.get(field).isBlank()) {
                problems.add(RowProblem.of(ReasonCode.MISSING_FIELD, field, field.columnName() + " is empty"));
            }
        }
        RawValue account = raw.get(IntakeField.ACCOUNT_NUMBER);
        if (account.storedAsNumber() && account.text().strip().length() > SPREADSHEET_EXACT_DIGITS_MAX) {
            problems.add(RowProblem.of(ReasonCode.ACCOUNT_FORMAT, IntakeField.ACCOUNT_NUMBER,
                    "stored as a number longer than 15 digits, which a spreadsheet rounds; format the column as text"));
        }
        return new BeneficiaryRow(raw.rowNumber(),
                raw.get(IntakeField.FULL_NAME).text().strip(),
                cccdText(raw.get(IntakeField.CCCD)),
                dateOfBirth(raw.get(IntakeField.DATE_OF_BIRTH), problems),
                gender(raw.get(IntakeField.GENDER), problems),
                amount(raw.get(IntakeField.AMOUNT), problems),
                raw.get(IntakeField.BANK).text().strip(),
                account.text().strip(),
                optional(raw.get(IntakeField.ACCOUNT_HOLDER)),
                optional(raw.get(IntakeField.COMMUNE_CODE)),
                optional(raw.get(IntakeField.PHONE)),
                problems);
    }

    /**
     * Every province code begins with 0, so a CCCD stored as a number always lost its leading zeros and nothing
     * else: padding to 12 digits restores it exactly.
     */
    private static String cccdText(RawValue value) {
        String text = value.text().strip();
        if (value.storedAsNumber() && text.matches("[0-9]{1,11}")) {
            return "0".repeat(Cccd.LENGTH - text.length()) + text;
        }
        return text;
    }

    private Optional<LocalDate> dateOfBirth(RawValue value, List<RowProblem> problems) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = DateOfBirthText.parse(value.text());
        String detail;
        if (date.isEmpty()) {
            detail = quote(value) + " is not a date written dd/MM/yyyy or yyyy-MM-dd";
        } else if (date.get().isAfter(today)) {
            detail = date.get() + " is in the future";
        } else if (date.get().getYear() < EARLIEST_BIRTH_YEAR) {
            detail = date.get() + " is before " + EARLIEST_BIRTH_YEAR;
        } else {
            return date;
        }
        problems.add(RowProblem.of(ReasonCode.DOB_INVALID, IntakeField.DATE_OF_BIRTH, detail));
        return Optional.empty();
    }

    private static Optional<Gender> gender(RawValue value, List<RowProblem> problems) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        Optional<Gender> gender = GenderText.parse(value.text());
        if (gender.isEmpty()) {
            problems.add(RowProblem.of(ReasonCode.GENDER_INVALID, IntakeField.GENDER,
                    quote(value) + " is not Nam/Nữ or M/F"));
        }
        return gender;
    }

    private OptionalLong amount(RawValue value, List<RowProblem> problems) {
        if (value.isBlank()) {
            return OptionalLong.empty();
        }
        OptionalLong amount = value.storedAsNumber()
                ? AmountText.parseNumber(value.text())
                : AmountText.parse(value.text());
        String detail;
        if (amount.isEmpty()) {
            detail = quote(value) + " is not a whole number of đồng";
        } else if (amount.getAsLong() <= 0) {
            detail = "must be more than 0 đồng";
        } else if (amount.getAsLong() > amountVndMax) {
            detail = "exceeds the per-row maximum of " + amountVndMax + " đồng";
        } else {
            return amount;
        }
        problems.add(RowProblem.of(ReasonCode.AMOUNT_INVALID, IntakeField.AMOUNT, detail));
        return OptionalLong.empty();
    }

    /**
     * The cell's text for a detail message, shortened, with long digit runs masked: if columns were swapped, the
     * date-of-birth cell may hold a CCCD.
     */
    private static String quote(RawValue value) {
        String text = value.text().strip();
        String shortened = text.length() > QUOTED_CHARS_MAX ? text.substring(0, QUOTED_CHARS_MAX) + "…" : text;
        return "'" + Masking.freeText(shortened) + "'";
    }

    private static Optional<String> optional(RawValue value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value.text().strip());
    }
}
