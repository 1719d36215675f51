package vn.ansinh.beneficiary.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.ansinh.identity.Gender;

class RowChecksTest {

    private static final RowChecks CHECKS = RowChecks.standard();

    private static BeneficiaryRow row(String cccd, LocalDate dateOfBirth, Gender gender, String bank, String account,
            List<RowProblem> problems) {
        return new BeneficiaryRow(2, "Nguyễn Văn An", cccd, Optional.ofNullable(dateOfBirth),
                Optional.ofNullable(gender), OptionalLong.of(1_500_000), bank, account, Optional.empty(),
                Optional.empty(), Optional.empty(), problems);
    }

    private static List<ReasonCode> codes(List<RowProblem> problems) {
        return problems.stream().map(RowProblem::code).toList();
    }

    @Test
    void aCleanRowHasNoProblems() {
        // Proves that a row whose CCCD agrees with its birth date and gender, at a known bank, passes.
        assertEquals(List.of(), CHECKS.check(row("079090001234", LocalDate.of(1990, 3, 15), Gender.MALE, "VCB",
                "0071001234567", List.of())));
    }

    @Test
    void theCccdIsCheckedAgainstTheRowsOwnDetails() {
        // Proves that a CCCD for a man born in 1990 is caught on a row for a woman born in 2001.
        List<ReasonCode> codes = codes(CHECKS.check(row("079090001234", LocalDate.of(2001, 3, 15), Gender.FEMALE,
                "VCB", "0071001234567", List.of())));
        assertEquals(List.of(ReasonCode.CCCD_CENTURY_GENDER, ReasonCode.CCCD_BIRTH_YEAR), codes);
    }

    @Test
    void bankAndAccountAreCheckedAgainstTheDirectory() {
        // Proves that an unknown bank and a short account are both reported, and the details hide the values.
        List<RowProblem> problems = CHECKS.check(row("079090001234", LocalDate.of(1990, 3, 15), Gender.MALE,
                "XYZBANK", "12345", List.of()));
        assertEquals(List.of(ReasonCode.BANK_UNKNOWN, ReasonCode.ACCOUNT_FORMAT), codes(problems));
        assertFalse(problems.toString().contains("12345"));
    }

    @Test
    void aForeignIbanIsNotPayable() {
        // Proves that a valid foreign IBAN in the account column is refused with a detail naming its country.
        List<RowProblem> problems = CHECKS.check(row("079090001234", LocalDate.of(1990, 3, 15), Gender.MALE, "VCB",
                "DE89370400440532013000", List.of()));
        assertEquals(List.of(ReasonCode.ACCOUNT_FORMAT), codes(problems));
        assertTrue(problems.getFirst().detail().contains("DE"));
    }

    @Test
    void emptyFieldsAreMissingNotMalformed() {
        // Proves that an empty CCCD, bank or account earns only the parser's MISSING_FIELD, not a format code too.
        List<RowProblem> missing = List.of(
                RowProblem.of(ReasonCode.MISSING_FIELD, IntakeField.CCCD, "so_cccd is empty"),
                RowProblem.of(ReasonCode.MISSING_FIELD, IntakeField.BANK, "ma_ngan_hang is empty"));
        assertEquals(missing, CHECKS.check(row("", null, null, "", "0071001234567", missing)));
    }

    @Test
    void aProblemIsReportedOncePerField() {
        // Proves that the parser's ACCOUNT_FORMAT and the rule's ACCOUNT_FORMAT on the same field appear once.
        RowProblem fromParser = RowProblem.of(ReasonCode.ACCOUNT_FORMAT, IntakeField.ACCOUNT_NUMBER, "rounded");
        List<RowProblem> problems = CHECKS.check(row("079090001234", LocalDate.of(1990, 3, 15), Gender.MALE, "VCB",
                "9704123412345600000000", List.of(fromParser)));
        assertEquals(List.of(fromParser), problems);
    }
}
