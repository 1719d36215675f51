package vn.ansinh.iso8583;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class Iso8583MessageTest {

    // Proves a message keeps its own fields: the caller's map changed afterwards, and every way of writing through
    // the map the message hands out (put, an entry's value, a sub-map, removal while iterating), change nothing.
    @Test
    void aMessagesFieldsCannotBeChangedFromOutside() {
        TreeMap<Integer, String> given = new TreeMap<>(Map.of(3, "000000", 11, "000001", 41, "TERM0001"));
        Iso8583Message message = new Iso8583Message("0200", given, BitmapLayout.COMPACT);
        given.put(4, "000000015000");
        given.remove(11);

        var fields = message.fields();
        assertThrows(UnsupportedOperationException.class, () -> fields.put(4, "000000015000"));
        assertThrows(UnsupportedOperationException.class, () -> fields.firstEntry().setValue("999999"));
        assertThrows(UnsupportedOperationException.class, () -> fields.entrySet().iterator().next().setValue("x"));
        assertThrows(UnsupportedOperationException.class, () -> fields.tailMap(11).put(12, "120000"));
        assertThrows(UnsupportedOperationException.class, () -> fields.headMap(41).clear());
        assertThrows(UnsupportedOperationException.class, () -> {
            var keys = fields.keySet().iterator();
            keys.next();
            keys.remove();
        });
        assertThrows(UnsupportedOperationException.class, () -> fields.computeIfAbsent(4, key -> "1"));
        assertThrows(UnsupportedOperationException.class, fields::pollFirstEntry);

        assertEquals(Map.of(3, "000000", 11, "000001", 41, "TERM0001"), message.fields());
        assertEquals(3, message.fields().firstKey());
        assertEquals(41, message.fields().lastKey());
    }

    // Proves a message made from another's fields, or changed by withField, is equal where the fields are and
    // leaves the original as it was.
    @Test
    void messagesBuiltFromMessagesAreIndependentValues() {
        Iso8583Message original = new Iso8583Message("0200", Map.of(11, "000001", 41, "TERM0001"));
        Iso8583Message copy = new Iso8583Message("0200", original.fields(), original.layout());
        Iso8583Message changed = original.withField(4, "000000015000").withoutField(41);

        assertEquals(original, copy);
        assertEquals(original.hashCode(), copy.hashCode());
        assertEquals(Map.of(11, "000001", 41, "TERM0001"), original.fields());
        assertEquals(Map.of(4, "000000015000", 11, "000001"), changed.fields());
    }

    // Proves a field outside 2..128, field 65 or a missing value is refused when the message is made.
    @Test
    void fieldsOutsideTheDialectAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Iso8583Message("0200", Map.of(1, "x")));
        assertThrows(IllegalArgumentException.class, () -> new Iso8583Message("0200", Map.of(65, "x")));
        assertThrows(IllegalArgumentException.class, () -> new Iso8583Message("0200", Map.of(129, "x")));
        TreeMap<Integer, String> withNull = new TreeMap<>();
        withNull.put(11, null);
        assertThrows(NullPointerException.class, () -> new Iso8583Message("0200", withNull));
        assertThrows(IllegalArgumentException.class, () -> new Iso8583Message("200", Map.of(11, "000001")));
    }
}
