package vn.ansinh.iso8583.dialect;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jpos.iso.ISOComponent;
import org.jpos.iso.ISOException;
import org.jpos.iso.ISOFieldPackager;
import vn.ansinh.iso8583.AsciiDigits;
import vn.ansinh.iso8583.FieldError;

/**
 * One field of our dialect: an optional ASCII length prefix, then the value in a wire alphabet, checked against
 * a content rule in both directions. Nothing is padded or trimmed: the value in the message is the value on the
 * wire, which is what makes every corpus message re-encode to the same bytes.
 */
public abstract class DialectField extends ISOFieldPackager {
    private final LengthPrefix prefix;
    private final FieldContent content;
    private final WireAlphabet alphabet;

    protected DialectField(LengthPrefix prefix, FieldContent content, WireAlphabet alphabet) {
        this.prefix = prefix;
        this.content = content;
        this.alphabet = alphabet;
    }

    public LengthPrefix lengthPrefix() {
        return prefix;
    }

    public FieldContent content() {
        return content;
    }

    @Override
    public int getMaxPackedLength() {
        return prefix.digits() + getLength();
    }

    @Override
    public byte[] pack(ISOComponent component) throws ISOException {
        int field = fieldNumber(component);
        if (!(component.getValue() instanceof String value)) {
            throw failure(field, "value must be text");
        }
        checkLength(field, value.length());
        Optional<String> violation = alphabet.canEncode(value) ? content.violation(value)
                : Optional.of("holds a character that cannot be sent in " + alphabet);
        if (violation.isPresent()) {
            throw failure(field, violation.get());
        }
        byte[] body = alphabet.encode(value);
        int digits = prefix.digits();
        if (digits == 0) {
            return body;
        }
        // The length as that many ASCII digits, zero-padded; checkLength has kept it within them.
        byte[] packed = new byte[digits + body.length];
        for (int i = digits - 1, length = value.length(); i >= 0; i--, length /= 10) {
            packed[i] = (byte) ('0' + length % 10);
        }
        System.arraycopy(body, 0, packed, digits, body.length);
        return packed;
    }

    @Override
    public int unpack(ISOComponent component, byte[] bytes, int offset) throws ISOException {
        int field = fieldNumber(component);
        int length = prefix == LengthPrefix.FIXED ? getLength() : readLength(field, bytes, offset);
        int start = offset + prefix.digits();
        if (bytes.length - start < length) {
            throw failure(field, "needs " + length + " bytes but only " + Math.max(0, bytes.length - start)
                    + " remain (truncated message or wrong bitmap)");
        }
        Optional<String> decoded = alphabet.decode(bytes, start, length);
        if (decoded.isEmpty()) {
            throw failure(field, "holds a byte that is not " + alphabet + " text");
        }
        String value = decoded.get();
        checkLength(field, value.length());
        Optional<String> violation = content.violation(value);
        if (violation.isPresent()) {
            throw failure(field, violation.get());
        }
        component.setValue(value);
        return prefix.digits() + length;
    }

    private int readLength(int field, byte[] bytes, int offset) throws FieldFormatException {
        if (bytes.length - offset < prefix.digits()) {
            throw failure(field, "length prefix of " + prefix.digits() + " digits is missing (truncated message)");
        }
        int length = 0;
        for (int i = offset; i < offset + prefix.digits(); i++) {
            if (!AsciiDigits.isDigit(bytes[i])) {
                String digits = new String(bytes, offset, prefix.digits(), StandardCharsets.ISO_8859_1);
                throw failure(field, "length prefix '" + printable(digits) + "' is not " + prefix.digits()
                        + " ASCII digits");
            }
            length = length * 10 + (bytes[i] - '0');
        }
        if (length > getLength()) {
            throw failure(field, "length " + length + " exceeds the maximum " + getLength());
        }
        return length;
    }

    private void checkLength(int field, int length) throws FieldFormatException {
        if (prefix == LengthPrefix.FIXED && length != getLength()) {
            throw failure(field, "must be exactly " + getLength() + " characters, was " + length);
        }
        if (length > getLength()) {
            throw failure(field, "must be at most " + getLength() + " characters, was " + length);
        }
        Optional<Integer> required = content.requiredLength();
        if (required.isPresent() && required.get() != length) {
            throw failure(field, "must be exactly " + required.get() + " digits, was " + length);
        }
    }

    private static String printable(String raw) {
        StringBuilder text = new StringBuilder();
        for (char c : raw.toCharArray()) {
            text.append(c >= 0x20 && c <= 0x7E ? String.valueOf(c) : String.format("\\x%02X", (int) c));
        }
        return text.toString();
    }

    static int fieldNumber(ISOComponent component) throws ISOException {
        return component.getKey() instanceof Integer number ? Math.max(0, number) : 0;
    }

    static FieldFormatException failure(int field, String reason) {
        return new FieldFormatException(new FieldError(field, reason));
    }
}
