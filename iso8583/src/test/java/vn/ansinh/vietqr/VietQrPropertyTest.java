package vn.ansinh.vietqr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietQrPropertyTest {
    private static final String PRINTABLE = " !#%&()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    // Proves any VietQR we make parses back to exactly the same value.
    @Test
    void encodeThenParseGivesTheSameQr() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            VietQr qr = randomQr(new Random(seed));
            assertEquals(new QrParseResult.Valid(qr), VietQrCodec.parse(VietQrCodec.encode(qr)));
        });
    }

    // Proves changing any single character of a valid payload to any other printable character is detected.
    @Test
    void everySingleCharacterCorruptionIsDetected() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            String payload = VietQrCodec.encode(randomQr(random));
            for (int position = 0; position < payload.length(); position++) {
                for (char replacement = 0x20; replacement <= 0x7E; replacement += (char) (1 + random.nextInt(7))) {
                    if (replacement == payload.charAt(position)) {
                        continue;
                    }
                    String corrupted = payload.substring(0, position) + replacement + payload.substring(position + 1);
                    assertInstanceOf(QrParseResult.Invalid.class, VietQrCodec.parse(corrupted), corrupted);
                }
            }
        });
    }

    static VietQr randomQr(Random random) {
        ServiceCode service = ServiceCode.values()[random.nextInt(ServiceCode.values().length)];
        String beneficiary = service == ServiceCode.CARD ? digits(random, 12 + random.nextInt(8))
                : text(random, 1 + random.nextInt(19), "0123456789ABCDEFGHJKXYZabz");
        Optional<Long> amount = random.nextBoolean() ? Optional.of(1 + (long) (random.nextDouble() * 9_999_999_999L))
                : Optional.empty();
        return new VietQr(amount.isPresent() ? InitiationMethod.DYNAMIC : InitiationMethod.STATIC, service,
                digits(random, 6), beneficiary, amount, optionalText(random), optionalText(random), optionalText(random));
    }

    private static Optional<String> optionalText(Random random) {
        return random.nextBoolean() ? Optional.of(text(random, 1 + random.nextInt(25), PRINTABLE)) : Optional.empty();
    }

    private static String digits(Random random, int length) {
        return text(random, length, "0123456789");
    }

    private static String text(Random random, int length, String alphabet) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
