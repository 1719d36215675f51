package vn.ansinh.beneficiary.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class IntakeFieldTest {

    @ParameterizedTest
    @CsvSource({"Họ và tên,FULL_NAME", "ho_ten,FULL_NAME", "HỌ TÊN,FULL_NAME", "full_name,FULL_NAME",
            "Số CCCD,CCCD", "so_cccd,CCCD", "CCCD,CCCD", "Ngày sinh,DATE_OF_BIRTH", "date_of_birth,DATE_OF_BIRTH",
            "Giới tính,GENDER", "gender,GENDER", "Số tiền,AMOUNT", "amount,AMOUNT", "Ngân hàng,BANK",
            "ma_ngan_hang,BANK", "bank,BANK", "Số tài khoản,ACCOUNT_NUMBER", "account_number,ACCOUNT_NUMBER",
            "ten_chu_tai_khoan,ACCOUNT_HOLDER", "account_holder,ACCOUNT_HOLDER", "ma_xa,COMMUNE_CODE",
            "commune_code,COMMUNE_CODE", "so_dien_thoai,PHONE", "Số điện thoại,PHONE", "phone,PHONE"})
    void documentedAliasesNameTheirField(String header, IntakeField field) {
        // Proves that every documented Vietnamese and English header finds its field.
        assertEquals(Optional.of(field), IntakeField.forHeader(header));
    }

    @Test
    void caseDiacriticsAndSpacingDoNotMatter() {
        // Proves that any alias still matches after its case, composition and separators are changed.
        List<String[]> aliases = Arrays.stream(IntakeField.values())
                .flatMap(field -> field.aliases().stream().map(alias -> new String[] {alias, field.name()}))
                .toList();
        Gen<String> separators = Generate.pick(List.of(" ", "  ", "_", "-", ".", "\t", ""));
        qt().forAll(Generate.pick(aliases), separators, Generate.booleans(), Generate.booleans())
                .checkAssert((alias, separator, upper, decomposed) -> {
                    String header = alias[0].replace(" ", separator).replace("_", separator);
                    header = upper ? header.toUpperCase(Locale.ROOT) : header.toLowerCase(Locale.ROOT);
                    header = Normalizer.normalize(" " + header + " ", decomposed ? Normalizer.Form.NFD
                            : Normalizer.Form.NFC);
                    assertEquals(Optional.of(IntakeField.valueOf(alias[1])), IntakeField.forHeader(header), header);
                });
    }

    @Test
    void unrelatedHeadersAreIgnored() {
        // Proves that a row-counter or notes column names no field.
        assertEquals(Optional.empty(), IntakeField.forHeader("STT"));
        assertEquals(Optional.empty(), IntakeField.forHeader("Ghi chú"));
    }
}
