package vn.ansinh.identity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The structural rules of a CCCD number. Every rule that applies is checked so that an officer sees all defects
 * at once. Rules that compare with the holder's date of birth or gender apply only when those are known.
 */
public final class CccdRules {

    private final ProvinceCodes provinces;

    public CccdRules(ProvinceCodes provinces) {
        this.provinces = Objects.requireNonNull(provinces, "provinces");
    }

    /** Rules over the province codes shipped with the engine. */
    public static CccdRules standard() {
        return new CccdRules(ProvinceCodes.standard());
    }

    /** Checks the number alone: format, province, and nothing that needs the holder's details. */
    public CccdCheck check(String text) {
        return check(text, Optional.empty(), Optional.empty());
    }

    /**
     * Checks the number against every rule; surrounding whitespace is ignored. When the text is not 12 digits,
     * CCCD_FORMAT is the only defect, because the other rules would read digits that are not there.
     */
    public CccdCheck check(String text, Optional<LocalDate> dateOfBirth, Optional<Gender> gender) {
        Optional<Cccd> parsed = Cccd.parse(text);
        if (parsed.isEmpty()) {
            return new CccdCheck.Invalid(EnumSet.of(CccdDefect.CCCD_FORMAT));
        }
        Cccd cccd = parsed.get();
        Set<CccdDefect> defects = EnumSet.noneOf(CccdDefect.class);
        Optional<Province> province = provinces.find(cccd.provinceCode());
        if (province.isEmpty()) {
            defects.add(CccdDefect.CCCD_PROVINCE);
        }
        CenturyGender encoded = CenturyGender.fromDigit(cccd.centuryGenderDigit());
        boolean genderDisagrees = gender.map(given -> given != encoded.gender()).orElse(false);
        boolean centuryDisagrees = dateOfBirth.map(date -> !encoded.containsYear(date.getYear())).orElse(false);
        if (genderDisagrees || centuryDisagrees) {
            defects.add(CccdDefect.CCCD_CENTURY_GENDER);
        }
        boolean yearDisagrees = dateOfBirth
                .map(date -> date.getYear() % 100 != cccd.birthYearLastTwoDigits())
                .orElse(false);
        if (yearDisagrees) {
            defects.add(CccdDefect.CCCD_BIRTH_YEAR);
        }
        if (!defects.isEmpty()) {
            return new CccdCheck.Invalid(defects);
        }
        int birthYear = encoded.centuryFirstYear() + cccd.birthYearLastTwoDigits();
        return new CccdCheck.Valid(new CccdProfile(cccd, province.orElseThrow(), encoded, birthYear));
    }
}
