package vn.ansinh.iso8583;

import java.util.Objects;

/** What unpacking bytes from the wire gave: a message of our dialect, or the first field that broke it. */
public sealed interface UnpackResult {

    record Unpacked(Iso8583Message message) implements UnpackResult {
        public Unpacked {
            Objects.requireNonNull(message, "message");
        }
    }

    record Malformed(FieldError error) implements UnpackResult {
        public Malformed {
            Objects.requireNonNull(error, "error");
        }
    }
}
