package vn.ansinh.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.ansinh.reconciliation.model.Direction;
import vn.ansinh.reconciliation.model.Party;
import vn.ansinh.reconciliation.model.PlainTransferDetails;
import vn.ansinh.reconciliation.model.TransactionDetail;

class PlainTransferDetailsTest {

    @Test
    void theCompactFormReadsBackAsTheDetailItReplaces() {
        // Proves that holding a plain transfer compactly changes nothing a reader of the entry can see.
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 35), longs().between(0, Long.MAX_VALUE),
                booleans().all()).checkAssert((id, amount, debit) -> {
            TransactionDetail detail = new TransactionDetail(Optional.of(id), OptionalLong.of(amount),
                    Optional.of(debit ? Direction.DEBIT : Direction.CREDIT), Party.unknown(), "", Optional.empty());
            List<TransactionDetail> compact = PlainTransferDetails.of(detail).orElseThrow();
            assertEquals(List.of(detail), compact);
            assertEquals(List.of(detail).hashCode(), compact.hashCode());
            assertEquals(detail, compact.getFirst());
            assertThrows(UnsupportedOperationException.class, () -> compact.add(detail));
        });
    }

    @Test
    void aDetailWithMoreThanAPlainTransferIsKeptWhole() {
        // Proves that remittance text, a counterparty or a return reason is never dropped by the compact form.
        TransactionDetail remitted = new TransactionDetail(Optional.of("E2E"), OptionalLong.of(5),
                Optional.of(Direction.DEBIT), Party.unknown(), "invoice 7", Optional.empty());
        TransactionDetail named = new TransactionDetail(Optional.of("E2E"), OptionalLong.of(5),
                Optional.of(Direction.DEBIT), new Party(Optional.of("A"), Optional.empty()), "", Optional.empty());
        TransactionDetail returned = new TransactionDetail(Optional.of("E2E"), OptionalLong.of(5),
                Optional.of(Direction.CREDIT), Party.unknown(), "", Optional.of("AC04"));
        TransactionDetail withoutId = new TransactionDetail(Optional.empty(), OptionalLong.of(5),
                Optional.of(Direction.DEBIT), Party.unknown(), "", Optional.empty());
        for (TransactionDetail detail : List.of(remitted, named, returned, withoutId)) {
            assertTrue(PlainTransferDetails.of(detail).isEmpty(), detail.toString());
        }
    }
}
