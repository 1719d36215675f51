package vn.ansinh.banking;

import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.UnsupportedCountryException;

/** The rule every BIC in the directory obeys: a well-formed BIC (per iban4j) whose country code is VN. */
final class VietnameseBic {

    static final String COUNTRY_CODE = "VN";

    private VietnameseBic() {
    }

    /** Throws IllegalArgumentException saying why when the BIC is malformed or not Vietnamese. */
    static void requireValid(String bic) {
        try {
            BicUtil.validate(bic);
        } catch (BicFormatException | UnsupportedCountryException e) {
            throw new IllegalArgumentException("malformed BIC " + bic + ": " + e.getMessage(), e);
        }
        String countryCode = BicUtil.getCountryCode(bic);
        if (!COUNTRY_CODE.equals(countryCode)) {
            throw new IllegalArgumentException("BIC " + bic + " belongs to country " + countryCode + ", not VN");
        }
    }
}
