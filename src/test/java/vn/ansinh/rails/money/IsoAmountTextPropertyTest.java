package vn.ansinh.rails.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class IsoAmountTextPropertyTest {

    @Test
    void vndIsWrittenWithoutDecimalsAndReadBackExactly() {
        // Proves that every đồng amount round-trips through its ISO text, which never contains a decimal point.
        qt().forAll(longs().between(0, 999_999_999_999_999_999L)).checkAssert(dong -> {
            String text = IsoAmountText.format(dong, Money.VND);
            assertEquals(Long.toString(dong), text);
            assertEquals(dong, IsoAmountText.parse(text, Money.VND));
        });
    }

    @Test
    void fractionalDongIsRefusedButTrailingZerosAreNot() {
        // Proves that a non-zero digit after the point is an error for VND while ".00" is the same whole amount.
        qt().forAll(longs().between(0, 999_999_999_999L), integers().between(1, 99)).checkAssert((dong, cents) -> {
            String fraction = String.format("%02d", cents);
            assertThrows(IllegalArgumentException.class, () -> IsoAmountText.parse(dong + "." + fraction, Money.VND));
            assertEquals(dong, IsoAmountText.parse(dong + ".00", Money.VND));
        });
    }

    @Test
    void currenciesWithCentsKeepTheirExponent() {
        // Proves that minor units follow the currency: 12.34 USD is 1234 cents and is written back as 12.34.
        Currency dollars = Currency.getInstance("USD");
        assertEquals(1234, IsoAmountText.parse("12.34", dollars));
        assertEquals("12.34", IsoAmountText.format(1234, dollars));
        assertThrows(IllegalArgumentException.class, () -> IsoAmountText.parse("-5", Money.VND));
        assertThrows(IllegalArgumentException.class, () -> IsoAmountText.parse("1e5", Money.VND));
    }
}
