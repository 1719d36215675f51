package vn.ansinh.iso8583.dialect;

/** How many ASCII digits state a field's length before its value; FIXED fields carry none. */
public enum LengthPrefix {
    FIXED(0),
    LL(2),
    LLL(3);

    private final int digits;

    LengthPrefix(int digits) {
        this.digits = digits;
    }

    public int digits() {
        return digits;
    }

    /** The largest length the prefix can state: 99 for LL, 999 for LLL. */
    public int lengthMax() {
        return this == FIXED ? Integer.MAX_VALUE : (int) Math.pow(10, digits) - 1;
    }
}
