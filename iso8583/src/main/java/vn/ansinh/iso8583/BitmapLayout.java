package vn.ansinh.iso8583;

/**
 * Whether the secondary bitmap is sent when no field 65..128 is present. Some terminals always send it
 * (bit 1 set, 64 zero bits after); we keep what arrived so that a message re-encodes to the same bytes.
 */
public enum BitmapLayout {
    /** Secondary bitmap only when a field 65..128 is present: what we send. */
    COMPACT,
    /** Secondary bitmap present although empty. */
    SECONDARY_ALWAYS
}
