package vn.ansinh.vietqr;

import java.util.Arrays;
import java.util.Optional;

/** Tag 38/02: what the beneficiary number in 38/01/01 is. */
public enum ServiceCode {
    /** Transfer to a bank account. */
    ACCOUNT("QRIBFTTA", "[A-Za-z0-9]{1,19}"),
    /** Transfer to a card, by its number. */
    CARD("QRIBFTTC", "[0-9]{12,19}"),
    /** Payment to a merchant registered with the acquirer. */
    MERCHANT("QRPUSH", "[A-Za-z0-9]{1,19}");

    private final String code;
    private final String beneficiaryPattern;

    ServiceCode(String code, String beneficiaryPattern) {
        this.code = code;
        this.beneficiaryPattern = beneficiaryPattern;
    }

    public String code() {
        return code;
    }

    public boolean acceptsBeneficiary(String beneficiary) {
        return beneficiary.matches(beneficiaryPattern);
    }

    public static Optional<ServiceCode> ofCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }
}
