package vn.ansinh.banking;

/** Why iban4j refused a foreign account given as an IBAN. */
public enum IbanDefect {
    /** Wrong length or characters for the country, or too short to carry a country at all. */
    IBAN_FORMAT,
    /** The two check digits do not match the rest (a typing slip). */
    IBAN_CHECK_DIGIT,
    /** The country does not use IBANs or iban4j does not know it (Việt Nam is one such country). */
    IBAN_COUNTRY_UNSUPPORTED
}
