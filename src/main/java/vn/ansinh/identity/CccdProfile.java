package vn.ansinh.identity;

import java.util.Objects;

/** What a structurally valid CCCD says about its holder: province of registration, gender and birth year. */
public record CccdProfile(Cccd cccd, Province province, CenturyGender centuryGender, int birthYear) {

    public CccdProfile {
        Objects.requireNonNull(cccd, "cccd");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(centuryGender, "centuryGender");
        if (!province.code().equals(cccd.provinceCode())) {
            throw new IllegalArgumentException("province " + province.code() + " is not the one " + cccd + " names");
        }
        if (centuryGender.digit() != cccd.centuryGenderDigit() || !centuryGender.containsYear(birthYear)
                || birthYear % 100 != cccd.birthYearLastTwoDigits()) {
            throw new IllegalArgumentException("birth year " + birthYear + " does not agree with " + cccd);
        }
    }

    public Gender gender() {
        return centuryGender.gender();
    }
}
