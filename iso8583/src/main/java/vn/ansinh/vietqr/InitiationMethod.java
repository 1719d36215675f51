package vn.ansinh.vietqr;

import java.util.Arrays;
import java.util.Optional;

/** Tag 01: a static QR is printed and reused; a dynamic one is made for one payment, usually with its amount. */
public enum InitiationMethod {
    STATIC("11"),
    DYNAMIC("12");

    private final String code;

    InitiationMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<InitiationMethod> ofCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }
}
