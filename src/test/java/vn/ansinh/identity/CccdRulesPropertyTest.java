package vn.ansinh.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CccdRulesPropertyTest {

    private static final CccdRules RULES = CccdRules.standard();

    private static Set<CccdDefect> defectsOf(String digits, GeneratedCccd holder) {
        return RULES.check(digits, Optional.of(holder.dateOfBirth()), Optional.of(holder.gender())).defects();
    }

    @Test
    void everyGeneratedValidCccdPassesAndDescribesItsHolder() {
        // Proves that a CCCD built by the encoding rules passes every rule and its profile gives back the holder's details.
        qt().forAll(GeneratedCccd.valid()).checkAssert(holder -> {
            CccdCheck check = RULES.check(holder.digits(), Optional.of(holder.dateOfBirth()),
                    Optional.of(holder.gender()));
            CccdProfile profile = assertInstanceOf(CccdCheck.Valid.class, check).profile();
            assertEquals(holder.province(), profile.province());
            assertEquals(holder.gender(), profile.gender());
            assertEquals(holder.dateOfBirth().getYear(), profile.birthYear());
        });
    }

    @Test
    void aProvinceCodeThatIsNotListedIsCaughtAlone() {
        // Proves that replacing digits 1–3 with an unlisted code yields exactly CCCD_PROVINCE.
        qt().forAll(GeneratedCccd.valid(), integers().between(0, 999))
                .assuming((holder, code) -> ProvinceCodes.standard().find(String.format("%03d", code)).isEmpty())
                .checkAssert((holder, code) -> assertEquals(Set.of(CccdDefect.CCCD_PROVINCE),
                        defectsOf(String.format("%03d", code) + holder.digits().substring(3), holder)));
    }

    @Test
    void aFlippedGenderIsCaughtAsCenturyGender() {
        // Proves that changing the gender encoded in digit 4 yields exactly CCCD_CENTURY_GENDER.
        qt().forAll(GeneratedCccd.valid()).checkAssert(holder -> {
            int digit = holder.digits().charAt(3) - '0';
            String flipped = holder.withDigit(3, (char) ('0' + (digit ^ 1)));
            assertEquals(Set.of(CccdDefect.CCCD_CENTURY_GENDER), defectsOf(flipped, holder));
        });
    }

    @Test
    void aWrongCenturyIsCaughtAsCenturyGender() {
        // Proves that moving digit 4 to another century of the same gender yields exactly CCCD_CENTURY_GENDER.
        qt().forAll(GeneratedCccd.valid(), integers().between(1, 4)).checkAssert((holder, shift) -> {
            int digit = holder.digits().charAt(3) - '0';
            String moved = holder.withDigit(3, (char) ('0' + (digit + 2 * shift) % 10));
            assertEquals(Set.of(CccdDefect.CCCD_CENTURY_GENDER), defectsOf(moved, holder));
        });
    }

    @Test
    void aWrongBirthYearIsCaught() {
        // Proves that changing digits 5–6 to another year yields exactly CCCD_BIRTH_YEAR.
        qt().forAll(GeneratedCccd.valid(), integers().between(1, 99)).checkAssert((holder, shift) -> {
            int year = (holder.dateOfBirth().getYear() + shift) % 100;
            String digits = holder.digits().substring(0, 4) + String.format("%02d", year)
                    + holder.digits().substring(6);
            assertEquals(Set.of(CccdDefect.CCCD_BIRTH_YEAR), defectsOf(digits, holder));
        });
    }

    @Test
    void aWrongLengthOrANonDigitIsCaughtAsFormatAlone() {
        // Proves that removing a digit, adding one or putting a letter in yields exactly CCCD_FORMAT.
        qt().forAll(GeneratedCccd.valid(), integers().between(0, 11)).checkAssert((holder, index) -> {
            String digits = holder.digits();
            Set<CccdDefect> formatOnly = Set.of(CccdDefect.CCCD_FORMAT);
            assertEquals(formatOnly, defectsOf(digits.substring(0, index) + digits.substring(index + 1), holder));
            assertEquals(formatOnly, defectsOf(digits.substring(0, index) + "7" + digits.substring(index), holder));
            assertEquals(formatOnly, defectsOf(holder.withDigit(index, 'O'), holder));
        });
    }
}
