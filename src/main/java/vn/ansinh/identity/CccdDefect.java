package vn.ansinh.identity;

/** The structural defects a CCCD number can have; the intake reason codes carry the same names. */
public enum CccdDefect {
    /** Not exactly 12 ASCII digits. */
    CCCD_FORMAT,
    /** Digits 1–3 are not the code of a province. */
    CCCD_PROVINCE,
    /** Digit 4 (gender and century) disagrees with the given gender or date of birth. */
    CCCD_CENTURY_GENDER,
    /** Digits 5–6 are not the last two digits of the given birth year. */
    CCCD_BIRTH_YEAR
}
