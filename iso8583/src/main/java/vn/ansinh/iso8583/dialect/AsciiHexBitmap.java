package vn.ansinh.iso8583.dialect;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HexFormat;
import org.jpos.iso.ISOBitMapPackager;
import org.jpos.iso.ISOComponent;
import org.jpos.iso.ISOException;

/**
 * Primary bitmap as 16 upper-case ASCII hex characters, followed by 16 more for the secondary bitmap when bit 1
 * is set. Unlike jPOS's own bitmap packager, bit 1 is honoured as given, so an empty secondary bitmap that a
 * terminal sent is sent back unchanged.
 */
public final class AsciiHexBitmap extends ISOBitMapPackager {
    private static final int HEX_PER_BITMAP = 16;
    private static final int BITS_PER_BITMAP = 64;
    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

    @Override
    public int getMaxPackedLength() {
        return 2 * HEX_PER_BITMAP;
    }

    @Override
    public byte[] pack(ISOComponent component) throws ISOException {
        if (!(component.getValue() instanceof BitSet bits)) {
            throw DialectField.failure(1, "bitmap value must be a bit set");
        }
        int bitmaps = bits.get(1) ? 2 : 1;
        if (bits.length() > bitmaps * BITS_PER_BITMAP + 1) {
            throw DialectField.failure(1, "a field above 64 needs bit 1 (secondary bitmap) set");
        }
        byte[] raw = new byte[bitmaps * 8];
        for (int bit = bits.nextSetBit(1); bit >= 0; bit = bits.nextSetBit(bit + 1)) {
            raw[(bit - 1) / 8] |= (byte) (0x80 >>> ((bit - 1) % 8));
        }
        return UPPER_HEX.formatHex(raw).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public int unpack(ISOComponent component, byte[] bytes, int offset) throws ISOException {
        BitSet bits = new BitSet(2 * BITS_PER_BITMAP + 1);
        readBitmap(bytes, offset, 0, bits);
        int consumed = HEX_PER_BITMAP;
        if (bits.get(1)) {
            readBitmap(bytes, offset + HEX_PER_BITMAP, BITS_PER_BITMAP, bits);
            consumed += HEX_PER_BITMAP;
        }
        component.setValue(bits);
        return consumed;
    }

    private static void readBitmap(byte[] bytes, int offset, int firstBit, BitSet bits) throws FieldFormatException {
        String which = firstBit == 0 ? "primary" : "secondary";
        if (bytes.length - offset < HEX_PER_BITMAP) {
            throw DialectField.failure(1, which + " bitmap needs 16 hex characters (truncated message)");
        }
        // Read in place, one hex character (four bits) at a time: every message has a bitmap.
        for (int i = 0; i < HEX_PER_BITMAP; i++) {
            int nibble = upperHexValue(bytes[offset + i]);
            if (nibble < 0) {
                throw DialectField.failure(1, which + " bitmap must be 16 upper-case ASCII hex characters");
            }
            for (int bit = 0; bit < 4; bit++) {
                if ((nibble & (0x8 >>> bit)) != 0) {
                    bits.set(firstBit + 4 * i + bit + 1);
                }
            }
        }
    }

    private static int upperHexValue(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
