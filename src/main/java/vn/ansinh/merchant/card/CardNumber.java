package vn.ansinh.merchant.card;

import java.util.Optional;
import java.util.regex.Pattern;

/** The parts of a card number we may keep: the issuer's BIN (first six) and the last four digits, nothing else. */
public record CardNumber(String bin, String lastFour) {

    // Compiled once: every authorisation passes here, and String.matches compiles its pattern on each call.
    private static final Pattern BIN = Pattern.compile("[0-9]{6}");
    private static final Pattern LAST_FOUR = Pattern.compile("[0-9]{4}");
    private static final Pattern PAN = Pattern.compile("[0-9]{12,19}");

    public CardNumber {
        if (!BIN.matcher(bin).matches() || !LAST_FOUR.matcher(lastFour).matches()) {
            throw new IllegalArgumentException("a card's BIN is 6 digits and its last part 4 digits");
        }
    }

    /** The kept parts of a PAN of 12–19 digits; empty for anything else. */
    public static Optional<CardNumber> of(String pan) {
        if (!PAN.matcher(pan).matches()) {
            return Optional.empty();
        }
        return Optional.of(new CardNumber(pan.substring(0, 6), pan.substring(pan.length() - 4)));
    }

    /** As receipts print it: {@code 411111******1111}. */
    public String masked() {
        return bin + "******" + lastFour;
    }
}
