package vn.ansinh.iso8583;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusGoldenTest {
    private final Iso8583Codec codec = Iso8583Codec.ansinhDialect();

    // Proves every corpus message meant to be valid unpacks and packs back to exactly the stored bytes.
    @ParameterizedTest
    @ValueSource(strings = {
        "financial_transaction_message.dat", "financial_transaction_message_response.dat",
        "iso_reversal_message.dat", "iso_reversal_message_advice.dat", "iso_reversal_message_response.dat",
        "iso_reversal_repeat_message.dat", "iso_reversal_repeat_message_response.dat",
        "message_with_indicate_numeric.dat", "network_management_message.dat",
        "network_management_message_response.dat", "network_management_message_with_track.dat"})
    void validMessagesRoundTripByteForByte(String name) throws MalformedFieldException {
        byte[] stored = Corpus.bytes(name);
        Iso8583Message message = Corpus.unpacked(name);
        byte[] repacked = codec.pack(message);
        assertArrayEquals(stored, repacked, name);
        assertEquals(message, Corpus.unpacked(name));
    }

    // Proves each malformed or foreign-encoding corpus message is refused, naming the field that broke.
    @ParameterizedTest
    @CsvSource({
        "error_message.dat, 55",
        "iso_reversal_message_advice_missing_field.dat, 32",
        "iso_reversal_message_advice_unexpected_field.dat, 14",
        "iso_reversal_message_error_date.dat, 13",
        "message_with_error_indicate_numeric.dat, 28",
        "network_management_message_with_error_track.dat, 35",
        "message_with_character_ebcdic_encoding.dat, 42",
        "message_with_hex_bcd.dat, 48",
        "message_with_hex_rbcd.dat, 48",
        "message_with_hex_length.dat, 32",
        "message_with_number_bcd_encoding.dat, 7"})
    void malformedMessagesNameTheFailingField(String name, int field) {
        UnpackResult result = codec.unpack(Corpus.bytes(name));
        UnpackResult.Malformed malformed = assertInstanceOf(UnpackResult.Malformed.class, result, name);
        assertEquals(field, malformed.error().field(), malformed.error().toString());
    }

    // Proves the reversal decodes to exactly the field values moov-io lists in its expected JSON and XML.
    @ParameterizedTest
    @CsvSource({
        "iso_reversal_message.json, '\"(\\d+)\": \"([^\"]*)\"'",
        "iso_reversal_message.xml, '<Element Number=\"(\\d+)\">([^<]*)</Element>'"})
    void reversalMatchesExpectedFields(String expectedFile, String fieldPattern) {
        String text = new String(Corpus.bytes(expectedFile), StandardCharsets.UTF_8);
        TreeMap<Integer, String> expected = new TreeMap<>();
        Matcher pair = Pattern.compile(fieldPattern).matcher(text);
        while (pair.find()) {
            expected.put(Integer.parseInt(pair.group(1)), pair.group(2));
        }
        // Field 1 is the secondary bitmap, which our message keeps as framing rather than data.
        expected.remove(1);
        Iso8583Message message = Corpus.unpacked("iso_reversal_message.dat");
        assertEquals("0400", message.mti());
        assertEquals(17, expected.size());
        assertEquals(expected, message.fields());
    }
}
