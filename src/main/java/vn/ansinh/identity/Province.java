package vn.ansinh.identity;

import java.util.Objects;

/** A province as a CCCD names it: the three-digit code printed in digits 1–3 and the province's name. */
public record Province(String code, String name) {

    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!code.matches("[0-9]{3}")) {
            throw new IllegalArgumentException("a province code has three digits: " + code);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("province " + code + " has no name");
        }
    }
}
