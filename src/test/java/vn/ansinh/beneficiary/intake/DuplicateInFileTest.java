package vn.ansinh.beneficiary.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicateInFileTest {

    static BeneficiaryRow rowWithCccd(long rowNumber, String cccd) {
        return new BeneficiaryRow(rowNumber, "Nguyễn Văn An", cccd, Optional.empty(), Optional.empty(),
                OptionalLong.empty(), "VCB", "0071001234567", Optional.empty(), Optional.empty(), Optional.empty(),
                List.of());
    }

    @Test
    void theSecondAndLaterRowsForACccdAreFlagged() {
        // Proves that the first row of a CCCD passes and every later one earns DUPLICATE_IN_FILE.
        DuplicateInFile tracker = new DuplicateInFile(10);
        assertTrue(tracker.check(rowWithCccd(2, "079090001234")).isEmpty());
        assertTrue(tracker.check(rowWithCccd(3, "079090001235")).isEmpty());
        assertEquals(ReasonCode.DUPLICATE_IN_FILE, tracker.check(rowWithCccd(4, "079090001234")).orElseThrow().code());
        assertTrue(tracker.check(rowWithCccd(5, " 079090001234 ")).isPresent());
        assertTrue(tracker.check(rowWithCccd(6, "not a cccd")).isEmpty());
        assertTrue(tracker.check(rowWithCccd(7, "000000000000")).isEmpty());
        assertTrue(tracker.check(rowWithCccd(8, "000000000000")).isPresent());
    }

    @Test
    void theLongSetAgreesWithAHashSet() {
        // Proves that the open-addressed set answers add() exactly as java.util.HashSet does, through growth.
        qt().forAll(lists().of(longs().between(0, 5_000)).ofSizeBetween(0, 3_000)).checkAssert(values -> {
            LongHashSet compact = new LongHashSet(10_000);
            Set<Long> reference = new HashSet<>();
            for (long value : values) {
                assertEquals(reference.add(value), compact.add(value));
            }
            assertEquals(reference.size(), compact.size());
        });
    }

    @Test
    void aMillionDistinctCccdsFit() {
        // Proves that a 1,000,000-row file of distinct CCCDs is tracked without a false duplicate.
        LongHashSet seen = new LongHashSet(1_000_000);
        for (long index = 0; index < 1_000_000; index++) {
            assertTrue(seen.add(79_090_000_000L + index * 7));
        }
        assertFalse(seen.add(79_090_000_000L));
        assertEquals(1_000_000, seen.size());
    }
}
