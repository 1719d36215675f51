package vn.ansinh.banking;

import java.util.Locale;
import java.util.Objects;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;
import vn.ansinh.identity.Masking;

/**
 * A foreign account given as an IBAN, checked with iban4j. Vietnamese accounts have no IBAN; this exists for
 * the rare beneficiary paid abroad, and the payout path decides whether such an account can be paid at all.
 */
public sealed interface IbanCheck {

    /** A valid IBAN in electronic form (upper case, no spaces). toString is masked. */
    record Valid(String iban) implements IbanCheck {
        public Valid {
            Objects.requireNonNull(iban, "iban");
            IbanUtil.validate(iban);
        }

        public String countryCode() {
            return IbanUtil.getCountryCode(iban);
        }

        @Override
        public String toString() {
            return "Valid[" + Masking.account(iban) + "]";
        }
    }

    record Invalid(IbanDefect defect) implements IbanCheck {
        public Invalid {
            Objects.requireNonNull(defect, "defect");
        }
    }

    /** Checks text as printed (groups of four separated by spaces are accepted) or in electronic form. */
    static IbanCheck of(String text) {
        String electronic = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        try {
            IbanUtil.validate(electronic);
            return new Valid(electronic);
        } catch (InvalidCheckDigitException e) {
            return new Invalid(IbanDefect.IBAN_CHECK_DIGIT);
        } catch (UnsupportedCountryException e) {
            return new Invalid(IbanDefect.IBAN_COUNTRY_UNSUPPORTED);
        } catch (IbanFormatException e) {
            return new Invalid(IbanDefect.IBAN_FORMAT);
        }
    }

    /** True when the text begins with two letters, the shape of an IBAN rather than a Vietnamese account. */
    static boolean looksLikeIban(String text) {
        String compact = text.strip();
        return compact.length() >= 2 && Character.isLetter(compact.charAt(0)) && Character.isLetter(compact.charAt(1));
    }
}
