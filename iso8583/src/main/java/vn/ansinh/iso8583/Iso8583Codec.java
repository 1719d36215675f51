package vn.ansinh.iso8583;

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
import org.jpos.iso.ISOMsg;
import org.jpos.iso.packager.GenericPackager;
import vn.ansinh.iso8583.dialect.FieldFormatException;
import vn.ansinh.iso8583.dialect.MessageProfile;

/**
 * The one adapter between our {@link Iso8583Message} and jPOS: the packager XML is the dialect, jPOS's ISOMsg
 * never leaves this class. Packing goes through jPOS's packager; unpacking walks the packager's fields here,
 * because jPOS's own loop drops the field number from errors and ignores trailing bytes, and a wire error must
 * say which field broke. Thread-safe: the packager is read-only after loading.
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
        byte[] packed;
        try {
            packed = packager.pack(toIsoMsg(message));
        } catch (ISOException e) {
            checkEachField(message);
            throw new IllegalStateException("jPOS failed though every field packs alone: " + e.getMessage(), e);
        }
        if (packed.length > MESSAGE_BYTES_MAX) {
            throw new MalformedFieldException(new FieldError(0, "packs to " + packed.length
                    + " bytes, above the limit of " + MESSAGE_BYTES_MAX));
        }
        return packed;
    }

    /**
     * Packs each field on its own, once the whole message failed: jPOS re-wraps a field packager's exception as
     * text when packing a whole message, which would lose the field error we need to report. Not done up front,
     * where it would pack every message twice.
     */
    private void checkEachField(Iso8583Message message) throws MalformedFieldException {
        for (Map.Entry<Integer, String> field : message.fields().entrySet()) {
            ISOFieldPackager fieldPackager = packager.getFieldPackager(field.getKey());
            if (fieldPackager == null) {
                throw new MalformedFieldException(new FieldError(field.getKey(), "is not part of our dialect"));
            }
            try {
                fieldPackager.pack(new ISOField(field.getKey(), field.getValue()));
            } catch (FieldFormatException e) {
                throw new MalformedFieldException(e.error());
            } catch (ISOException e) {
                throw new IllegalStateException("field packager failed outside our rules: " + e.getMessage(), e);
            }
        }
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
            return checked(new Iso8583Message((String) mti.getValue(), fields, layoutOf(bits, fields)));
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

    private ISOMsg toIsoMsg(Iso8583Message message) throws ISOException {
        ISOMsg isoMsg = new ISOMsg();
        isoMsg.setPackager(packager);
        isoMsg.set(new ISOField(0, message.mti()));
        BitSet bits = new BitSet(Iso8583Message.FIELD_MAX + 1);
        for (Map.Entry<Integer, String> field : message.fields().entrySet()) {
            isoMsg.set(new ISOField(field.getKey(), field.getValue()));
            bits.set(field.getKey());
        }
        boolean secondary = bits.length() > 65 || message.layout() == BitmapLayout.SECONDARY_ALWAYS;
        bits.set(1, secondary);
        // Set after the fields: ISOMsg recomputes the bitmap on set(), and ours must keep bit 1 as decided here.
        isoMsg.set(new ISOBitMap(-1, bits));
        return isoMsg;
    }

    private static UnpackResult malformed(int field, String reason) {
        return new UnpackResult.Malformed(new FieldError(field, reason));
    }
}
