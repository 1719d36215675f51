package vn.ansinh.iso8583.dialect;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How a field's characters become bytes. Our dialect is ASCII except track 2 (DE35), which the 1987 spec we
 * follow sends in EBCDIC. Only the characters a field may hold have a byte here, so a stray byte is an error
 * at decode time rather than a silently replaced character.
 */
public enum WireAlphabet {
    ASCII,
    EBCDIC_TRACK;

    private static final String TRACK_CHARACTERS = "0123456789ABCDEF=";
    private static final byte[] TRACK_EBCDIC = {
        (byte) 0xF0, (byte) 0xF1, (byte) 0xF2, (byte) 0xF3, (byte) 0xF4, (byte) 0xF5, (byte) 0xF6, (byte) 0xF7,
        (byte) 0xF8, (byte) 0xF9, (byte) 0xC1, (byte) 0xC2, (byte) 0xC3, (byte) 0xC4, (byte) 0xC5, (byte) 0xC6,
        (byte) 0x7E};

    /** Encodes text already checked against the field's content rule. */
    public byte[] encode(String text) {
        if (this == ASCII) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            bytes[i] = switch (this) {
                case ASCII -> (byte) character;
                case EBCDIC_TRACK -> TRACK_EBCDIC[TRACK_CHARACTERS.indexOf(character)];
            };
        }
        return bytes;
    }

    /** The text, or empty when a byte has no character in this alphabet. */
    public Optional<String> decode(byte[] bytes, int offset, int length) {
        if (this == ASCII) {
            // Checked first, then made in one step: every field of every message passes here.
            for (int i = offset; i < offset + length; i++) {
                if (decodeOne(bytes[i]) < 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(new String(bytes, offset, length, StandardCharsets.US_ASCII));
        }
        StringBuilder text = new StringBuilder(length);
        for (int i = offset; i < offset + length; i++) {
            int character = decodeOne(bytes[i]);
            if (character < 0) {
                return Optional.empty();
            }
            text.append((char) character);
        }
        return Optional.of(text.toString());
    }

    private int decodeOne(byte value) {
        return switch (this) {
            case ASCII -> value >= 0x20 && value <= 0x7E ? value : -1;
            case EBCDIC_TRACK -> {
                for (int i = 0; i < TRACK_EBCDIC.length; i++) {
                    if (TRACK_EBCDIC[i] == value) {
                        yield TRACK_CHARACTERS.charAt(i);
                    }
                }
                yield -1;
            }
        };
    }

    /** Whether every character can be sent; the content rule says the rest. */
    public boolean canEncode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean encodable = switch (this) {
                case ASCII -> c >= 0x20 && c <= 0x7E;
                case EBCDIC_TRACK -> TRACK_CHARACTERS.indexOf(c) >= 0;
            };
            if (!encodable) {
                return false;
            }
        }
        return true;
    }
}
