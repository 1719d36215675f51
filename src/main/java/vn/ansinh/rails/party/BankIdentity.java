package vn.ansinh.rails.party;

import java.util.Objects;
import java.util.Optional;

/** A bank as a payment message names it: always its BIN, and its BIC when the bank has one. */
public record BankIdentity(BankBin bin, Optional<Bic> bic) {

    public BankIdentity {
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(bic, "bic");
    }

    public static BankIdentity ofBin(String bin) {
        return new BankIdentity(new BankBin(bin), Optional.empty());
    }

    public static BankIdentity of(String bin, String bic) {
        return new BankIdentity(new BankBin(bin), Optional.of(new Bic(bic)));
    }
}
