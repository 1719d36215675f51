package vn.ansinh.recon.statement;

import java.util.Objects;
import java.util.Optional;

/**
 * Who hands a statement file in. {@code onlyBin} restricts the file to statements of funding accounts at that
 * bank: a bank's own BIN for a bank, or a BIN an officer names when one account number exists at two banks.
 * {@code bank} says the restriction is a right (refusal is FORBIDDEN), not a hint (refusal is INVALID).
 */
public record Uploader(String actor, Optional<String> onlyBin, boolean bank, Channel channel) {
    public Uploader {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(onlyBin, "onlyBin");
        Objects.requireNonNull(channel, "channel");
        if (bank && onlyBin.isEmpty()) {
            throw new IllegalArgumentException("a bank uploads only for its own BIN");
        }
        onlyBin.ifPresent(bin -> {
            if (!bin.matches("[0-9]{6}")) {
                throw new IllegalArgumentException("a BIN is six digits");
            }
        });
    }

    public static Uploader person(String actor, Optional<String> bin) {
        return new Uploader(actor, bin, false, Channel.API);
    }

    public static Uploader bank(String actor, String bin) {
        return new Uploader(actor, Optional.of(bin), true, Channel.API);
    }

    public static Uploader dropDirectory() {
        return new Uploader("system:statement-drop", Optional.empty(), false, Channel.DROP_DIRECTORY);
    }
}
