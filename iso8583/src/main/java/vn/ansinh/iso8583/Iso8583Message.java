package vn.ansinh.iso8583;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
        if (!AsciiDigits.only(mti, 4)) {
            throw new IllegalArgumentException("MTI must be four digits, was '" + mti + "'");
        }
        for (Map.Entry<Integer, String> field : fields.entrySet()) {
            int number = Objects.requireNonNull(field.getKey(), "field number");
            if (number < FIELD_MIN || number > FIELD_MAX || number == TERTIARY_BITMAP_FIELD) {
                throw new IllegalArgumentException("data element " + number + " is not 2..128 (65 excluded)");
            }
            if (field.getValue() == null) {
                throw new NullPointerException("value of field " + number);
            }
        }
        // A private copy, so the caller's map cannot change us, unless it is one already (see adopting).
        if (!(fields instanceof ReadOnlyFields)) {
            fields = new ReadOnlyFields(new TreeMap<>(fields));
        }
        if (!fields.isEmpty() && fields.lastKey() > 64) {
            layout = BitmapLayout.COMPACT;
        }
    }

    /**
     * A message over a map its maker hands over and never touches again, kept without a copy: the codec makes one
     * for every message it reads, on the host's hot path.
     */
    static Iso8583Message adopting(String mti, TreeMap<Integer, String> fields, BitmapLayout layout) {
        return new Iso8583Message(mti, new ReadOnlyFields(fields), layout);
    }

    public Iso8583Message(String mti, Map<Integer, String> fields) {
        this(mti, new ReadOnlyFields(new TreeMap<>(fields)), BitmapLayout.COMPACT);
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
        return adopting(mti, copy, layout);
    }

    public Iso8583Message withoutField(int number) {
        TreeMap<Integer, String> copy = new TreeMap<>(fields);
        copy.remove(number);
        return adopting(mti, copy, layout);
    }

    public Iso8583Message withMti(String newMti) {
        return new Iso8583Message(newMti, fields, layout);
    }

    /**
     * The fields as callers see them: read-only, over a map that only this class holds. Its own type, so that the
     * constructor can tell a map it made (and need not copy) from a caller's.
     */
    private static final class ReadOnlyFields extends AbstractMap<Integer, String>
            implements SortedMap<Integer, String> {
        private final TreeMap<Integer, String> fields;
        private final SortedMap<Integer, String> view;

        private ReadOnlyFields(TreeMap<Integer, String> fields) {
            this.fields = fields;
            this.view = Collections.unmodifiableSortedMap(fields);
        }

        @Override
        public Set<Map.Entry<Integer, String>> entrySet() {
            return view.entrySet();
        }

        @Override
        public int size() {
            return fields.size();
        }

        @Override
        public boolean containsKey(Object key) {
            return fields.containsKey(key);
        }

        @Override
        public String get(Object key) {
            return fields.get(key);
        }

        @Override
        public Comparator<? super Integer> comparator() {
            return null;
        }

        @Override
        public SortedMap<Integer, String> subMap(Integer from, Integer to) {
            return view.subMap(from, to);
        }

        @Override
        public SortedMap<Integer, String> headMap(Integer to) {
            return view.headMap(to);
        }

        @Override
        public SortedMap<Integer, String> tailMap(Integer from) {
            return view.tailMap(from);
        }

        @Override
        public Integer firstKey() {
            return fields.firstKey();
        }

        @Override
        public Integer lastKey() {
            return fields.lastKey();
        }
    }
}
