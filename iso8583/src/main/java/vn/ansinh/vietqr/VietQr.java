package vn.ansinh.vietqr;

import java.util.Objects;
import java.util.Optional;

/**
 * One VietQR as the domain sees it.
 *
 * @param acquirerBin NAPAS 6-digit BIN of the beneficiary's bank (38/01/00)
 * @param beneficiary account, card or merchant number (38/01/01), by {@code service}
 * @param amountVnd   tag 54 in đồng (VND has no minor unit); empty lets the payer type it
 * @param billNumber  62/01, at most 25 ASCII characters
 * @param terminalId  62/07
 * @param purpose     62/08, shown to the payer
 */
public record VietQr(
        InitiationMethod initiation,
        ServiceCode service,
        String acquirerBin,
        String beneficiary,
        Optional<Long> amountVnd,
        Optional<String> billNumber,
        Optional<String> terminalId,
        Optional<String> purpose) {

    public static final int ADDITIONAL_TEXT_LENGTH_MAX = 25;
    /** Thirteen digits is the widest amount EMVCo tag 54 allows. */
    public static final long AMOUNT_VND_MAX = 9_999_999_999_999L;

    public VietQr {
        Objects.requireNonNull(initiation, "initiation");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(acquirerBin, "acquirerBin");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(amountVnd, "amountVnd");
        if (!acquirerBin.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("acquirer BIN must be 6 digits, was '" + acquirerBin + "'");
        }
        if (!service.acceptsBeneficiary(beneficiary)) {
            throw new IllegalArgumentException("'" + beneficiary + "' is not a valid " + service + " number");
        }
        amountVnd.ifPresent(amount -> {
            if (amount <= 0 || amount > AMOUNT_VND_MAX) {
                throw new IllegalArgumentException("amount must be 1.." + AMOUNT_VND_MAX + " VND, was " + amount);
            }
        });
        requireAdditionalText("billNumber", billNumber);
        requireAdditionalText("terminalId", terminalId);
        requireAdditionalText("purpose", purpose);
    }

    private static void requireAdditionalText(String name, Optional<String> text) {
        Objects.requireNonNull(text, name);
        text.ifPresent(value -> {
            if (value.isEmpty() || value.length() > ADDITIONAL_TEXT_LENGTH_MAX || !AsciiText.isPrintableAscii(value)) {
                throw new IllegalArgumentException(name + " must be 1.." + ADDITIONAL_TEXT_LENGTH_MAX
                        + " printable ASCII characters (strip diacritics first), was '" + value + "'");
            }
        });
    }
}
