package vn.ansinh.vietqr;

import java.util.Objects;

/** What parsing a scanned payload gave. */
public sealed interface QrParseResult {

    record Valid(VietQr qr) implements QrParseResult {
        public Valid {
            Objects.requireNonNull(qr, "qr");
        }
    }

    /** @param detail a sentence for logs and operators; {@code reason} is what code switches on */
    record Invalid(InvalidReason reason, String detail) implements QrParseResult {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
