package vn.ansinh.rails.party;

import java.util.Objects;
import java.util.regex.Pattern;

/** A SWIFT BIC in the ISO 9362:2014 shape that pain.001.001.10 accepts (BFTVVNVX, BFTVVNVX001). */
public record Bic(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    public Bic {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a BIC: '" + value + "'");
        }
    }
}
