package vn.ansinh.iso8583;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One ISO 8583:1987 message as the domain sees it: the MTI and each present data element as the text that
 * travels on the wire (no padding added or removed). Field 1 (secondary bitmap) and 65 (tertiary bitmap
 * indicator) are framing, never data, so they cannot appear here.
 *
 * @param mti    four digits, such as "0200"
 * @param fields data elements 2..128 except 65, by number; values are never null, may be empty for LL/LLL
 * @param layout whether an empty secondary bitmap is sent; normalised to COMPACT when a field above 64 exists
 */
public record Iso8583Message(String mti, SortedMap<Integer, String> fields, BitmapLayout layout) {
    public static final int FIELD_MIN = 2;
    public static final int FIELD_MAX = 128;
    public static final int TERTIARY_BITMAP_FIELD = 65;

    public Iso8583Message {
        Objects.requireNonNull(mti, "mti");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(layout, "layout");
        if (!isFourDigits(mti)) {
            throw new IllegalArgumentException("MTI must be four digits, was '" + mti + "'");
        }
        for (Map.Entry<Integer, String> field : fields.entrySet()) {
            int number = Objects.requireNonNull(field.getKey(), "field number");
            if (number < FIELD_MIN || number > FIELD_MAX || number == TERTIARY_BITMAP_FIELD) {
                throw new IllegalArgumentException("data element " + number + " is not 2..128 (65 excluded)");
            }
            Objects.requireNonNull(field.getValue(), "value of field " + number);
        }
        // A private copy, so the caller's map cannot change us; putAll copies a naturally sorted source in one pass.
        TreeMap<Integer, String> copy = new TreeMap<>();
        copy.putAll(fields);
        fields = Collections.unmodifiableSortedMap(copy);
        if (!copy.isEmpty() && copy.lastKey() > 64) {
            layout = BitmapLayout.COMPACT;
        }
    }

    /** Every host request and response passes here: a plain check rather than a regular expression compiled each time. */
    private static boolean isFourDigits(String text) {
        if (text.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public Iso8583Message(String mti, Map<Integer, String> fields) {
        this(mti, new TreeMap<>(fields), BitmapLayout.COMPACT);
    }

    public Optional<String> field(int number) {
        return Optional.ofNullable(fields.get(number));
    }

    public boolean has(int number) {
        return fields.containsKey(number);
    }

    public Iso8583Message withField(int number, String value) {
        TreeMap<Integer, String> copy = new TreeMap<>(fields);
        copy.put(number, value);
        return new Iso8583Message(mti, copy, layout);
    }

    public Iso8583Message withoutField(int number) {
        TreeMap<Integer, String> copy = new TreeMap<>(fields);
        copy.remove(number);
        return new Iso8583Message(mti, copy, layout);
    }

    public Iso8583Message withMti(String newMti) {
        return new Iso8583Message(newMti, fields, layout);
    }
}
