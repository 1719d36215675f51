package vn.ansinh.vietqr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VietQrSamplesTest {

    static Stream<String[]> samples() throws IOException {
        try (InputStream in = VietQrSamplesTest.class.getResourceAsStream("/corpus/vietqr/samples.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.stream().filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("\t"));
        }
    }

    // Proves every row of the shared sample file parses to its expected outcome, and valid rows re-encode identically.
    @ParameterizedTest
    @MethodSource("samples")
    void eachSampleGivesItsExpectedResult(String expected, String description, String payload) {
        QrParseResult result = VietQrCodec.parse(payload);
        switch (expected) {
            case "valid" -> {
                QrParseResult.Valid valid = assertInstanceOf(QrParseResult.Valid.class, result, description);
                assertEquals(payload, VietQrCodec.encode(valid.qr()), description);
            }
            case "invalid-crc" -> assertEquals(InvalidReason.BAD_CRC, reason(result), description);
            case "invalid-length" -> assertEquals(InvalidReason.BAD_LENGTH, reason(result), description);
            case "invalid-guid" -> assertEquals(InvalidReason.UNKNOWN_GUID, reason(result), description);
            default -> throw new AssertionError("unknown expectation " + expected);
        }
    }

    // Proves the decoded fields of the dynamic sample are the bank, account, amount and purpose it was made with.
    @Test
    void dynamicSampleDecodesToItsFields() {
        String payload = "00020101021238560010A0000007270126000697041501121133666688880208QRIBFTTA"
                + "530370454062500005802VN62190815CHI TRO CAP T1163047111";
        VietQr qr = ((QrParseResult.Valid) VietQrCodec.parse(payload)).qr();
        assertEquals(new VietQr(InitiationMethod.DYNAMIC, ServiceCode.ACCOUNT, "970415", "113366668888",
                Optional.of(250_000L), Optional.empty(), Optional.empty(), Optional.of("CHI TRO CAP T11")), qr);
    }

    // Proves diacritics are stripped to the ASCII text VietQR carries.
    @Test
    void diacriticsAreStripped() {
        assertEquals("Chi tra tro cap thang 11 Dong", AsciiText.stripDiacritics("Chi trả trợ cấp tháng 11 Đồng"));
    }

    private static InvalidReason reason(QrParseResult result) {
        return assertInstanceOf(QrParseResult.Invalid.class, result).reason();
    }
}
