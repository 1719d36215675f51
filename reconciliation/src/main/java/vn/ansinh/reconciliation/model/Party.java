package vn.ansinh.reconciliation.model;

import java.util.Objects;
import java.util.Optional;

/** The other side of an entry, as far as the bank reported it. */
public record Party(Optional<String> name, Optional<String> account) {
    /** One shared instance: most statement lines name no counterparty, and a million of them need not each own one. */
    private static final Party UNKNOWN = new Party(Optional.empty(), Optional.empty());

    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(account, "account");
    }

    public static Party unknown() {
        return UNKNOWN;
    }
}
