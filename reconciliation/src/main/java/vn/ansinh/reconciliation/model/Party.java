package vn.ansinh.reconciliation.model;

import java.util.Objects;
import java.util.Optional;

/** The other side of an entry, as far as the bank reported it. */
public record Party(Optional<String> name, Optional<String> account) {
    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(account, "account");
    }

    public static Party unknown() {
        return new Party(Optional.empty(), Optional.empty());
    }
}
