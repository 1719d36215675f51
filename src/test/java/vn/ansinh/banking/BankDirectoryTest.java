package vn.ansinh.banking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.iban4j.BicUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class BankDirectoryTest {

    private static final BankDirectory DIRECTORY = BankDirectory.standard();

    @Test
    void anyTextFindsWhatItsNormalisedKeyFinds() {
        // find() tries the text as written before normalising it; that short cut must never change an answer, for
        // keys as lists write them (any case, spaces around and inside) or for any other text.
        qt().forAll(writtenKeys().mix(strings().allPossible().ofLengthBetween(0, 12)))
                .checkAssert(text -> assertEquals(
                        Optional.ofNullable(DIRECTORY.banks().stream().filter(bank -> keysOf(bank)
                                .anyMatch(key -> BankDirectory.keyOf(key).equals(BankDirectory.keyOf(text))))
                                .findFirst().orElse(null)),
                        DIRECTORY.find(text), () -> "'" + text + "'"));
    }

    private static Stream<String> keysOf(Bank bank) {
        return Stream.concat(Stream.of(bank.bin(), bank.code()), bank.aliases().stream());
    }

    /** The directory's own keys, some lower-cased, some with a space put in or around them. */
    private static Gen<String> writtenKeys() {
        List<String> keys = DIRECTORY.banks().stream().flatMap(BankDirectoryTest::keysOf).toList();
        return Generate.pick(keys).zip(integers().between(0, 3), integers().between(0, 20), (key, change, at) ->
                switch (change) {
                    case 0 -> key;
                    case 1 -> key.toLowerCase(Locale.ROOT);
                    case 2 -> " " + key + "\t";
                    default -> key.substring(0, Math.min(at, key.length())) + " " + key.substring(Math.min(at, key.length()));
                });
    }

    @Test
    void everyLoadedBicIsAValidVietnameseBic() {
        // Proves that the shipped directory holds only BICs that iban4j accepts and whose country is VN.
        DIRECTORY.banks().forEach(bank -> bank.bic().ifPresent(bic -> {
            BicUtil.validate(bic);
            assertEquals("VN", BicUtil.getCountryCode(bic), bank.code());
        }));
        assertTrue(DIRECTORY.banks().stream().filter(bank -> bank.bic().isPresent()).count() > 40);
    }

    @Test
    void theAmericanBicOfTheSourceIsDropped() {
        // Proves that Oceanbank, whose source BIC OCBKUS3M is American, is kept without a BIC.
        Bank oceanbank = DIRECTORY.find("970414").orElseThrow();
        assertEquals(Optional.empty(), oceanbank.bic());
    }

    @Test
    void aFileWithAForeignBicIsRefused() {
        // Proves that the loader refuses a directory carrying a BIC from another country.
        String csv = "bin,code,aliases,short_name,name,bic\n970414,Oceanbank,,Oceanbank,TNHH MTV Đại Dương,OCBKUS3M\n";
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> BankDirectory.load(new StringReader(csv)));
        assertTrue(refused.getMessage().contains("US"));
    }

    @Test
    void aFileWhereTwoBanksShareACodeIsRefused() {
        // Proves that an ambiguous short code is refused at load, so a row can never name two banks.
        String csv = "bin,code,aliases,short_name,name,bic\n970436,VCB,,A,A,\n970437,HDB,VCB,B,B,\n";
        assertThrows(IllegalArgumentException.class, () -> BankDirectory.load(new StringReader(csv)));
    }

    @ParameterizedTest
    @CsvSource({"VCB,970436", "vcb,970436", "' V C B ',970436", "970436,970436", "BIDV,970418", "CTG,970415",
            "VietinBank,970415", "ICB,970415", "AGRIBANK,970405", "VBA,970405", "TCB,970407", "MB,970422",
            "ACB,970416", "VPB,970432", "TPB,970423", "STB,970403", "Sacombank,970403"})
    void commonShortCodesFindTheirBank(String written, String bin) {
        // Proves that the short codes officers commonly write find the right bank whatever the case and spacing.
        assertEquals(bin, DIRECTORY.find(written).orElseThrow().bin());
    }

    @Test
    void anUnknownBankIsNotFound() {
        // Proves that an unknown code or BIN finds nothing.
        assertFalse(DIRECTORY.find("XYZ").isPresent());
        assertFalse(DIRECTORY.find("970499").isPresent());
    }
}
