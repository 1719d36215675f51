package vn.ansinh.rails.pain001;

/** The limits a pain.001 file is written under. */
public final class Pain001Limits {

    /** Transactions in one file: the largest run the engine pays through one bank in one file. */
    public static final long TRANSACTIONS_PER_FILE_MAX = 1_000_000;
    /** One transaction's amount in đồng: the 18 digits ISO 20022 allows. */
    public static final long AMOUNT_VND_MAX = 999_999_999_999_999_999L;
    /** Names (Nm) in ISO 20022 are Max140Text. */
    public static final int NAME_LENGTH_MAX = 140;
    /** Identifiers (MsgId, PmtInfId, InstrId) are Max35Text. */
    public static final int IDENTIFIER_LENGTH_MAX = 35;
    /** The free description after the end-to-end id, kept short so that banks which cut descriptions keep the id. */
    public static final int DESCRIPTION_LENGTH_MAX = 100;

    private Pain001Limits() {
    }

    /** Identifiers are printable ASCII without spaces, 1–35 characters. */
    static String requireIdentifier(String value, String name) {
        boolean shaped = value != null && !value.isEmpty() && value.length() <= IDENTIFIER_LENGTH_MAX
                && value.chars().allMatch(c -> c > 0x20 && c < 0x7F);
        if (!shaped) {
            throw new IllegalArgumentException(name + " is 1-35 printable ASCII characters without spaces");
        }
        return value;
    }
}
