package vn.ansinh.banking.inquiry;

import java.util.Objects;
import vn.ansinh.identity.Masking;

/** A bank's answer about one account: its status and, when it exists, the holder's name in capitals. */
public record AccountHolder(String bin, String accountNumber, AccountStatus status, String holderName) {

    public AccountHolder {
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(holderName, "holderName");
    }

    @Override
    public String toString() {
        return "AccountHolder[" + bin + "/" + Masking.account(accountNumber) + ", " + status + "]";
    }
}
