package vn.ansinh.iso8583;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jpos.iso.ISOBitMap;
import org.jpos.iso.ISOComponent;
import org.jpos.iso.ISOException;
import org.jpos.iso.ISOField;
import org.jpos.iso.ISOFieldPackager;
import org.jpos.iso.packager.GenericPackager;
import vn.ansinh.iso8583.dialect.FieldFormatException;
import vn.ansinh.iso8583.dialect.MessageProfile;

/**
 * The one adapter between our {@link Iso8583Message} and jPOS: the packager XML is the dialect, and its field
 * packagers do every field. Packing and unpacking walk the packager's fields here rather than through jPOS's
 * message loop, because that loop drops the field number from errors and ignores trailing bytes, and a wire error
 * must say which field broke. Thread-safe: the packager is read-only after loading.
 */
public final class Iso8583Codec {
    public static final String DIALECT_RESOURCE = "/vn/ansinh/iso8583/ansinh-iso8583-1987-ascii.xml";
    /** Larger than any message our dialect can describe sensibly; checked before any parsing. */
    public static final int MESSAGE_BYTES_MAX = 16_384;

    private final GenericPackager packager;

    private Iso8583Codec(GenericPackager packager) {
        this.packager = packager;
    }

    /** Our ISO 8583:1987 ASCII dialect, loaded from the packager XML on the classpath. */
    public static Iso8583Codec ansinhDialect() {
        try (InputStream xml = Iso8583Codec.class.getResourceAsStream(DIALECT_RESOURCE)) {
            if (xml == null) {
                throw new IllegalStateException("packager " + DIALECT_RESOURCE + " is missing from the classpath");
            }
            return new Iso8583Codec(new GenericPackager(xml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ISOException e) {
            throw new IllegalStateException("packager " + DIALECT_RESOURCE + " is invalid: " + e.getMessage(), e);
        }
    }

    public byte[] pack(Iso8583Message message) throws MalformedFieldException {
        Optional<FieldError> breach = MessageProfile.check(message);
        if (breach.isPresent()) {
            throw new MalformedFieldException(breach.get());
        }
        ByteArrayOutputStream packed = new ByteArrayOutputStream(256);
        packed.writeBytes(packField(0, new ISOField(0, message.mti())));
        packed.writeBytes(packField(1, new ISOBitMap(1, bitmapOf(message))));
        for (Map.Entry<Integer, String> field : message.fields().entrySet()) {
            packed.writeBytes(packField(field.getKey(), new ISOField(field.getKey(), field.getValue())));
        }
        if (packed.size() > MESSAGE_BYTES_MAX) {
            throw new MalformedFieldException(new FieldError(0, "packs to " + packed.size()
                    + " bytes, above the limit of " + MESSAGE_BYTES_MAX));
        }
        return packed.toByteArray();
    }

    /**
     * One component through its field packager, as jPOS's own message loop would, but walked here as unpack walks
     * it: a field error keeps its field number (jPOS re-wraps it as text), and no ISOMsg is built for each message.
     */
    private byte[] packField(int number, ISOComponent component) throws MalformedFieldException {
        ISOFieldPackager fieldPackager = packager.getFieldPackager(number);
        if (fieldPackager == null) {
            throw new MalformedFieldException(new FieldError(number, "is not part of our dialect"));
        }
        try {
            return fieldPackager.pack(component);
        } catch (FieldFormatException e) {
            throw new MalformedFieldException(e.error());
        } catch (ISOException e) {
            throw new IllegalStateException("field packager failed outside our rules: " + e.getMessage(), e);
        }
    }

    /** The data elements' bits, and bit 1 when a field above 64 needs the secondary bitmap or the layout asks for it. */
    private static BitSet bitmapOf(Iso8583Message message) {
        BitSet bits = new BitSet(Iso8583Message.FIELD_MAX + 1);
        for (int field : message.fields().keySet()) {
            bits.set(field);
        }
        bits.set(1, bits.length() > 65 || message.layout() == BitmapLayout.SECONDARY_ALWAYS);
        return bits;
    }

    public UnpackResult unpack(byte[] bytes) {
        if (bytes.length > MESSAGE_BYTES_MAX) {
            return malformed(0, bytes.length + " bytes is above the limit of " + MESSAGE_BYTES_MAX);
        }
        try {
            ISOComponent mti = packager.getFieldPackager(0).createComponent(0);
            int offset = packager.getFieldPackager(0).unpack(mti, bytes, 0);
            ISOBitMap bitmap = new ISOBitMap(1);
            offset += packager.getFieldPackager(1).unpack(bitmap, bytes, offset);
            BitSet bits = (BitSet) bitmap.getValue();
            TreeMap<Integer, String> fields = new TreeMap<>();
            int lastField = 1;
            for (int field = bits.nextSetBit(2); field >= 0; field = bits.nextSetBit(field + 1)) {
                ISOFieldPackager fieldPackager = packager.getFieldPackager(field);
                if (fieldPackager == null) {
                    return malformed(field, "is set in the bitmap but is not part of our dialect");
                }
                ISOComponent component = fieldPackager.createComponent(field);
                offset += fieldPackager.unpack(component, bytes, offset);
                fields.put(field, (String) component.getValue());
                lastField = field;
            }
            if (offset != bytes.length) {
                return malformed(lastField, (bytes.length - offset) + " unexpected bytes follow the last field");
            }
            return checked(Iso8583Message.adopting((String) mti.getValue(), fields, layoutOf(bits, fields)));
        } catch (FieldFormatException e) {
            return new UnpackResult.Malformed(e.error());
        } catch (ISOException e) {
            throw new IllegalStateException("jPOS failed outside our field packagers: " + e.getMessage(), e);
        }
    }

    private static UnpackResult checked(Iso8583Message message) {
        return MessageProfile.check(message)
                .<UnpackResult>map(UnpackResult.Malformed::new)
                .orElseGet(() -> new UnpackResult.Unpacked(message));
    }

    private static BitmapLayout layoutOf(BitSet bits, TreeMap<Integer, String> fields) {
        boolean secondaryNeeded = !fields.isEmpty() && fields.lastKey() > 64;
        return bits.get(1) && !secondaryNeeded ? BitmapLayout.SECONDARY_ALWAYS : BitmapLayout.COMPACT;
    }

    private static UnpackResult malformed(int field, String reason) {
        return new UnpackResult.Malformed(new FieldError(field, reason));
    }
}
