package vn.ansinh.vietqr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * EMVCo tag-length-value text: two-digit tag, two-digit length counting characters, then the value. Reading
 * gives the tags in order of appearance, or the first structural fault.
 */
final class Tlv {
    private static final int HEADER_CHARS = 4;

    private Tlv() {
    }

    sealed interface Read {
        record Tags(Map<String, String> byTag) implements Read { }

        record Broken(InvalidReason reason, String detail) implements Read { }
    }

    static Read read(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        int position = 0;
        while (position < text.length()) {
            if (text.length() - position < HEADER_CHARS) {
                return new Read.Broken(InvalidReason.BAD_LENGTH, "incomplete tag header at position " + position);
            }
            String tag = text.substring(position, position + 2);
            String length = text.substring(position + 2, position + HEADER_CHARS);
            if (!tag.matches("[0-9]{2}") || !length.matches("[0-9]{2}")) {
                return new Read.Broken(InvalidReason.BAD_LENGTH, "tag '" + tag + "' length '" + length
                        + "' at position " + position + " is not two digits each");
            }
            int end = position + HEADER_CHARS + Integer.parseInt(length);
            if (end > text.length()) {
                return new Read.Broken(InvalidReason.BAD_LENGTH, "tag " + tag + " says " + length
                        + " characters but only " + (text.length() - position - HEADER_CHARS) + " remain");
            }
            if (tags.putIfAbsent(tag, text.substring(position + HEADER_CHARS, end)) != null) {
                return new Read.Broken(InvalidReason.DUPLICATE_TAG, "tag " + tag + " appears twice");
            }
            position = end;
        }
        return new Read.Tags(Collections.unmodifiableMap(tags));
    }

    static String write(String tag, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("tag " + tag + " value of " + value.length() + " characters exceeds 99");
        }
        return tag + String.format("%02d", value.length()) + value;
    }
}
