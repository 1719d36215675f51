package vn.ansinh.iso8583.dialect;

import java.util.Objects;
import org.jpos.iso.ISOException;
import vn.ansinh.iso8583.FieldError;

/** Thrown by our field packagers so that the adapter learns which field broke and why, not just that jPOS failed. */
public final class FieldFormatException extends ISOException {
    private final transient FieldError error;

    public FieldFormatException(FieldError error) {
        super(Objects.requireNonNull(error, "error").toString());
        this.error = error;
    }

    public FieldError error() {
        return error;
    }
}
