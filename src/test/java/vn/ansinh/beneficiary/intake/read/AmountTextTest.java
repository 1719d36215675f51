package vn.ansinh.beneficiary.intake.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTextTest {

    @Test
    void theShortCutForPlainDigitsAnswersAsTheFullPathDoes() {
        // Plain digits of any length (past the 18 a long always holds), leading zeros, and any other text.
        qt().forAll(strings().numeric()
                        .mix(strings().betweenCodePoints('0', '9').ofLengthBetween(0, 25))
                        .mix(strings().allPossible().ofLengthBetween(0, 12)))
                .checkAssert(text -> assertEquals(AmountText.parseFully(text), AmountText.parse(text), text));
    }

    @Test
    void vietnameseGroupingParsesToALong() {
        // Proves the brief's example: "1.500.000" is 1500000L đồng.
        assertEquals(OptionalLong.of(1_500_000L), AmountText.parse("1.500.000"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1500000|1500000", "1,500,000|1500000", "1 500 000|1500000",
            "1.500.000 đ|1500000", "1.500.000₫|1500000", "1500000 VND|1500000", "1.500.000 VNĐ|1500000",
            "' 750.000 '|750000", "-500.000|-500000", "0|0", "1.500|1500"})
    void writtenAmountsAreRead(String text, long expected) {
        // Proves that the ways officers write amounts, with or without grouping and currency, are read exactly.
        assertEquals(OptionalLong.of(expected), AmountText.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1.500,50", "1500000.00", "1.50.000", "1.500,000", "abc", "", "1e6",
            "12345678901234567890", "1 500.000"})
    void ambiguousOrFractionalAmountsAreRefused(String text) {
        // Proves that an amount whose separators could be decimal points, or that is not a number, is not read.
        assertEquals(OptionalLong.empty(), AmountText.parse(text));
    }

    @Test
    void anyGroupedAmountReadsBack() {
        // Proves that every non-negative long up to 18 digits, grouped Vietnamese-style, parses back to itself.
        DecimalFormat vietnamese = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.of("vi", "VN")));
        qt().forAll(longs().between(0, 999_999_999_999_999_999L)).checkAssert(amount ->
                assertEquals(OptionalLong.of(amount), AmountText.parse(vietnamese.format(amount))));
    }

    @Test
    void storedNumbersMustBeWhole() {
        // Proves that a spreadsheet or JSON number is read with "." as a decimal point and must be whole.
        assertEquals(OptionalLong.of(1_500_000L), AmountText.parseNumber("1500000"));
        assertEquals(OptionalLong.of(1_500_000L), AmountText.parseNumber("1500000.00"));
        assertEquals(OptionalLong.empty(), AmountText.parseNumber("1500000.5"));
        assertEquals(OptionalLong.empty(), AmountText.parseNumber("1e30"));
    }
}
