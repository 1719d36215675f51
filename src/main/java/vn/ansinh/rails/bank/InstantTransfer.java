package vn.ansinh.rails.bank;

import java.util.Objects;
import vn.ansinh.identity.Masking;
import vn.ansinh.rails.lifecycle.PaymentSnapshot;
import vn.ansinh.rails.party.AsciiText;

/**
 * One instant credit transfer as the paying bank receives it. The remittance text starts with the end-to-end id, as
 * on the file rail, so that a statement line can be matched even when a bank drops the structured id.
 */
public record InstantTransfer(String endToEndId, long amountVnd, String debtorAccount, String creditorBin,
        String creditorAccount, String creditorName, String remittanceInformation) {

    public static final int NAME_LENGTH_MAX = 140;
    public static final int REMITTANCE_LENGTH_MAX = 140;

    public InstantTransfer {
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(debtorAccount, "debtorAccount");
        Objects.requireNonNull(creditorBin, "creditorBin");
        Objects.requireNonNull(creditorAccount, "creditorAccount");
        Objects.requireNonNull(creditorName, "creditorName");
        Objects.requireNonNull(remittanceInformation, "remittanceInformation");
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("a transfer amount is positive: " + endToEndId);
        }
    }

    /** The transfer for a stored payment; names lose their diacritics, as NAPAS carries ASCII only. */
    public static InstantTransfer of(PaymentSnapshot payment) {
        String remittance = payment.endToEndId() + " " + AsciiText.of(payment.description(), REMITTANCE_LENGTH_MAX);
        String kept = remittance.length() <= REMITTANCE_LENGTH_MAX ? remittance
                : remittance.substring(0, REMITTANCE_LENGTH_MAX);
        return new InstantTransfer(payment.endToEndId(), payment.amountVnd(), payment.debtorAccount(),
                payment.creditorBin(), payment.creditorAccount(), AsciiText.of(payment.creditorName(), NAME_LENGTH_MAX),
                kept);
    }

    @Override
    public String toString() {
        return "InstantTransfer[" + endToEndId + " " + amountVnd + " VND from " + Masking.account(debtorAccount)
                + " to " + creditorBin + ":" + Masking.account(creditorAccount) + "]";
    }
}
