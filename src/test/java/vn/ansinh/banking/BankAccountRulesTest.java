package vn.ansinh.banking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BankAccountRulesTest {

    private static final BankAccountRules RULES = BankAccountRules.standard();

    @Test
    void sixToNineteenDigitsAreWellFormed() {
        // Proves that any string of 6–19 ASCII digits at a known bank is valid, whatever its digits.
        qt().forAll(strings().betweenCodePoints('0', '9').ofLengthBetween(6, 19)).checkAssert(number -> {
            BankAccountCheck.Valid valid = assertInstanceOf(BankAccountCheck.Valid.class, RULES.check("VCB", number));
            assertEquals(number, valid.account().digits());
        });
    }

    @Test
    void tooShortTooLongOrNonDigitsAreAccountFormat() {
        // Proves the edges of the length rule and that letters and signs are refused.
        assertEquals(Set.of(AccountDefect.ACCOUNT_FORMAT), RULES.check("VCB", "12345").defects());
        assertEquals(Set.of(AccountDefect.ACCOUNT_FORMAT), RULES.check("VCB", "1".repeat(20)).defects());
        assertEquals(Set.of(AccountDefect.ACCOUNT_FORMAT), RULES.check("VCB", "0071-001").defects());
        assertEquals(Set.of(), RULES.check("VCB", "0071 0012 3456").defects());
    }

    @Test
    void bothDefectsAreReportedTogether() {
        // Proves that an unknown bank and a malformed account are both reported.
        assertEquals(Set.of(AccountDefect.BANK_UNKNOWN, AccountDefect.ACCOUNT_FORMAT),
                RULES.check("NOPE", "12").defects());
    }

    @Test
    void accountNumbersPrintMasked() {
        // Proves that AccountNumber.toString never shows the full number.
        assertEquals("AccountNumber[007*******567]", new AccountNumber("0071001234567").toString());
    }

    @Test
    void ibansAreCheckedWithIban4j() {
        // Proves that a valid German IBAN passes, a slipped digit fails the check digits, and VN is unsupported.
        IbanCheck.Valid valid = assertInstanceOf(IbanCheck.Valid.class, IbanCheck.of("DE89 3704 0044 0532 0130 00"));
        assertEquals("DE", valid.countryCode());
        assertEquals(new IbanCheck.Invalid(IbanDefect.IBAN_CHECK_DIGIT), IbanCheck.of("DE89370400440532013001"));
        assertEquals(new IbanCheck.Invalid(IbanDefect.IBAN_COUNTRY_UNSUPPORTED), IbanCheck.of("VN12345678901234"));
        assertEquals(new IbanCheck.Invalid(IbanDefect.IBAN_FORMAT), IbanCheck.of("DE89"));
    }
}
