package vn.ansinh.merchant.card;

import java.util.Optional;
import vn.ansinh.iso8583.AsciiDigits;

/** The parts of a card number we may keep: the issuer's BIN (first six) and the last four digits, nothing else. */
public record CardNumber(String bin, String lastFour) {

    public CardNumber {
        if (!AsciiDigits.only(bin, 6) || !AsciiDigits.only(lastFour, 4)) {
            throw new IllegalArgumentException("a card's BIN is 6 digits and its last part 4 digits");
        }
    }

    /** The kept parts of a PAN of 12–19 digits; empty for anything else. */
    public static Optional<CardNumber> of(String pan) {
        if (!AsciiDigits.only(pan, 12, 19)) {
            return Optional.empty();
        }
        return Optional.of(new CardNumber(pan.substring(0, 6), pan.substring(pan.length() - 4)));
    }

    /** As receipts print it: {@code 411111******1111}. */
    public String masked() {
        return bin + "******" + lastFour;
    }
}
