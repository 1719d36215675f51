package vn.ansinh.banking;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A NAPAS member bank. The BIN identifies it on NAPAS 247 and in VietQR; the code and aliases are what officers
 * write in a beneficiary list; the BIC, when present, is a valid Vietnamese BIC.
 */
public record Bank(String bin, String code, List<String> aliases, String shortName, String name, Optional<String> bic) {

    public Bank {
        Objects.requireNonNull(bin, "bin");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bic, "bic");
        if (!bin.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("a NAPAS BIN has six digits: " + bin);
        }
        if (code.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("bank " + bin + " needs a code and a name");
        }
        aliases = List.copyOf(aliases);
        bic.ifPresent(VietnameseBic::requireValid);
    }
}
