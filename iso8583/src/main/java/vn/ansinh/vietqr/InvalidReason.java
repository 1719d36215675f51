package vn.ansinh.vietqr;

/** Why a payload is not a VietQR we accept. */
public enum InvalidReason {
    TOO_LONG,
    /** A character outside printable ASCII; VietQR text carries no diacritics. */
    NON_ASCII,
    /** Tag 63 does not hold the CRC of the payload, or is not four upper-case hex digits. */
    BAD_CRC,
    /** A length is not two digits or runs past the end of its template. */
    BAD_LENGTH,
    DUPLICATE_TAG,
    MISSING_TAG,
    /** Tag 00 is not first or not "01". */
    BAD_FORMAT_INDICATOR,
    BAD_INITIATION_METHOD,
    /** Tag 38/00 is not NAPAS's A000000727. */
    UNKNOWN_GUID,
    BAD_BIN,
    UNKNOWN_SERVICE,
    BAD_BENEFICIARY,
    BAD_CURRENCY,
    BAD_AMOUNT,
    BAD_COUNTRY,
    /** A tag 62 sub-field is longer than 25 characters. */
    BAD_ADDITIONAL_DATA
}
