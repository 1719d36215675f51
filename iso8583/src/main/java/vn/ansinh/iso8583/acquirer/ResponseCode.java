package vn.ansinh.iso8583.acquirer;

import java.util.Arrays;
import java.util.Optional;

/** The DE39 response codes our acquirer host sends, with what each means to the terminal. */
public enum ResponseCode {
    APPROVED("00", "Approved or completed successfully"),
    DO_NOT_HONOR("05", "Do not honour"),
    INVALID_TRANSACTION("12", "Invalid transaction"),
    INVALID_AMOUNT("13", "Invalid amount"),
    INVALID_CARD_NUMBER("14", "Invalid card number (no such number)"),
    FORMAT_ERROR("30", "Format error"),
    INSUFFICIENT_FUNDS("51", "Not sufficient funds"),
    EXPIRED_CARD("54", "Expired card"),
    INCORRECT_PIN("55", "Incorrect PIN"),
    NOT_PERMITTED_TO_TERMINAL("58", "Transaction not permitted to terminal"),
    ISSUER_OR_SWITCH_INOPERATIVE("91", "Issuer or switch inoperative"),
    DUPLICATE_TRANSMISSION("94", "Duplicate transmission"),
    RECONCILE_ERROR("95", "Reconcile error"),
    SYSTEM_MALFUNCTION("96", "System malfunction");

    private final String code;
    private final String meaning;

    ResponseCode(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The two characters sent in DE39. */
    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<ResponseCode> ofCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }
}
