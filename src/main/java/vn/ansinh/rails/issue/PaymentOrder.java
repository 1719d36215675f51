package vn.ansinh.rails.issue;

import java.util.Objects;
import vn.ansinh.identity.Masking;
import vn.ansinh.rails.party.AccountId;
import vn.ansinh.rails.party.BankBin;

/**
 * One payment a source asks for: its line within the source (what makes it unique there, so issuing twice is
 * refused by the database), who pays, who is paid and how much. Amounts are whole đồng and positive: a source with
 * nothing to pay, or a debt, asks for no payment.
 */
public record PaymentOrder(long sourceLine, BankBin debtorBin, AccountId debtorAccount, BankBin creditorBin,
                           AccountId creditorAccount, String creditorName, long amountVnd) {

    public static final int CREDITOR_NAME_LENGTH_MAX = 140;

    public PaymentOrder {
        Objects.requireNonNull(debtorBin, "debtorBin");
        Objects.requireNonNull(debtorAccount, "debtorAccount");
        Objects.requireNonNull(creditorBin, "creditorBin");
        Objects.requireNonNull(creditorAccount, "creditorAccount");
        Objects.requireNonNull(creditorName, "creditorName");
        if (sourceLine <= 0) {
            throw new IllegalArgumentException("a source line is positive: " + sourceLine);
        }
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("a payment order is for a positive amount: line " + sourceLine);
        }
        if (creditorName.isBlank() || creditorName.length() > CREDITOR_NAME_LENGTH_MAX) {
            throw new IllegalArgumentException("a creditor name is 1.." + CREDITOR_NAME_LENGTH_MAX + " characters");
        }
    }

    @Override
    public String toString() {
        return "PaymentOrder[line " + sourceLine + " " + amountVnd + " VND " + debtorBin.digits() + ":"
                + Masking.account(debtorAccount.value()) + " -> " + creditorBin.digits() + ":"
                + Masking.account(creditorAccount.value()) + "]";
    }
}
