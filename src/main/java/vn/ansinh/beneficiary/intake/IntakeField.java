package vn.ansinh.beneficiary.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ansinh.identity.name.NameNormalizer;

/**
 * The fields of a beneficiary list, with the column headers accepted for each. Headers are compared after
 * removing diacritics, case and every character that is not a letter or digit, so "Số CCCD", "so_cccd",
 * "SO CCCD" and "số-cccd" are the same header. The first alias of each field is its canonical name.
 */
public enum IntakeField {
    FULL_NAME(true, "ho_ten", "Họ và tên", "full_name", "name"),
    CCCD(true, "so_cccd", "Số CCCD", "cccd", "so_dinh_danh", "Số định danh cá nhân"),
    DATE_OF_BIRTH(true, "ngay_sinh", "Ngày sinh", "date_of_birth", "dob"),
    GENDER(true, "gioi_tinh", "Giới tính", "gender", "sex"),
    AMOUNT(true, "so_tien", "Số tiền", "amount", "amount_vnd"),
    BANK(true, "ma_ngan_hang", "Ngân hàng", "bank", "bank_code", "Mã ngân hàng"),
    ACCOUNT_NUMBER(true, "so_tai_khoan", "Số tài khoản", "account_number", "account"),
    ACCOUNT_HOLDER(false, "ten_chu_tai_khoan", "Tên chủ tài khoản", "account_holder", "account_name"),
    COMMUNE_CODE(false, "ma_xa", "Mã xã", "commune_code"),
    PHONE(false, "so_dien_thoai", "Số điện thoại", "phone");

    private static final Map<String, IntakeField> BY_HEADER_KEY = indexByHeaderKey();

    private final boolean required;
    private final List<String> aliases;

    IntakeField(boolean required, String... aliases) {
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The field a column header names, if any. */
    public static Optional<IntakeField> forHeader(String header) {
        return Optional.ofNullable(BY_HEADER_KEY.get(headerKey(header)));
    }

    /** The header with diacritics, case and non-alphanumerics removed: "Số CCCD" → "SOCCCD". */
    static String headerKey(String header) {
        return NameNormalizer.normalize(header).replace(" ", "");
    }

    public boolean required() {
        return required;
    }

    /** The canonical column name, as written in reports and error messages. */
    public String columnName() {
        return aliases.getFirst();
    }

    public List<String> aliases() {
        return aliases;
    }

    private static Map<String, IntakeField> indexByHeaderKey() {
        Map<String, IntakeField> index = new HashMap<>();
        for (IntakeField field : values()) {
            for (String alias : field.aliases) {
                IntakeField previous = index.put(headerKey(alias), field);
                if (previous != null && previous != field) {
                    throw new IllegalStateException("header alias " + alias + " names two fields");
                }
            }
        }
        return Map.copyOf(index);
    }
}
