package vn.ansinh.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CccdRulesTest {

    private static final CccdRules RULES = CccdRules.standard();

    @Test
    void aValidNumberAloneDerivesProvinceGenderAndCentury() {
        // Proves that a valid CCCD checked without holder details still yields its province, gender and century.
        CccdProfile profile = assertInstanceOf(CccdCheck.Valid.class, RULES.check(" 079301012345 ")).profile();
        assertEquals("Hồ Chí Minh", profile.province().name());
        assertEquals(Gender.FEMALE, profile.gender());
        assertEquals(2000, profile.centuryGender().centuryFirstYear());
        assertEquals(2001, profile.birthYear());
    }

    @Test
    void allDefectsAreReportedTogether() {
        // Proves that a number breaking three rules reports all three, not only the first.
        CccdCheck check = RULES.check("003185000001", Optional.of(LocalDate.of(1990, 5, 1)), Optional.of(Gender.MALE));
        assertEquals(Set.of(CccdDefect.CCCD_PROVINCE, CccdDefect.CCCD_CENTURY_GENDER, CccdDefect.CCCD_BIRTH_YEAR),
                check.defects());
    }

    @Test
    void unicodeDigitsAreNotDigits() {
        // Proves that Arabic-Indic digits, which Character.isDigit accepts, fail CCCD_FORMAT.
        assertEquals(Set.of(CccdDefect.CCCD_FORMAT), RULES.check("٠٧٩٣٠١٠١٢٣٤٥").defects());
    }

    @Test
    void everyProvinceIsLoaded() {
        // Proves that the shipped data file lists all 63 provinces and Hà Nội under 001.
        assertEquals(ProvinceCodes.PROVINCE_COUNT, ProvinceCodes.standard().all().size());
        assertEquals("Hà Nội", ProvinceCodes.standard().find("001").orElseThrow().name());
    }

    @Test
    void aCccdNeverPrintsInFull() {
        // Proves that toString of a Cccd and the refusal message for a malformed one are both masked.
        assertEquals("Cccd[079******345]", new Cccd("079301012345").toString());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new Cccd("07930101234X"));
        assertFalse(refused.getMessage().contains("07930101234X"));
    }
}
