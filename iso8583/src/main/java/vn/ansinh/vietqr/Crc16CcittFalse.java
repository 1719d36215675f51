package vn.ansinh.vietqr;

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR), as EMVCo tag 63 uses. */
public final class Crc16CcittFalse {
    private static final int POLYNOMIAL = 0x1021;
    private static final int INITIAL = 0xFFFF;

    private Crc16CcittFalse() {
    }

    /** Over the characters of an ASCII text, one byte each. */
    public static int of(String ascii) {
        int crc = INITIAL;
        for (int i = 0; i < ascii.length(); i++) {
            crc ^= (ascii.charAt(i) & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ POLYNOMIAL) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }
        return crc;
    }

    /** Four upper-case hex digits, as the QR carries them. */
    public static String hexOf(String ascii) {
        return String.format("%04X", of(ascii));
    }
}
