package vn.ansinh.reconciliation.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaymentIndexTest {
    private static final Currency VND = Currency.getInstance("VND");

    @Test
    void findsEveryPaymentByIdAndNoOther() {
        // Proves the index answers as a map from id to payment would, and that positions lead back to the payment.
        qt().forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(1, 6)).ofSizeBetween(0, 100))
                .checkAssert(ids -> {
                    List<Payment> payments = new ArrayList<>();
                    for (String id : new LinkedHashSet<>(ids)) {
                        if (!id.isBlank()) {
                            payments.add(payment(id));
                        }
                    }
                    PaymentIndex index = new PaymentIndex(payments);
                    for (Payment payment : payments) {
                        assertSame(payment, index.get(payment.endToEndId()));
                        assertSame(payment, index.at(index.position(payment)));
                        String other = payment.endToEndId() + "~";
                        if (payments.stream().noneMatch(p -> p.endToEndId().equals(other))) {
                            assertNull(index.get(other));
                        }
                    }
                    assertEquals(payments, index.values());
                });
    }

    @Test
    void refusesTwoPaymentsWithOneId() {
        // Proves a duplicate end-to-end id is refused rather than one payment hiding the other.
        assertThrows(IllegalArgumentException.class, () -> new PaymentIndex(List.of(payment("A"), payment("A"))));
    }

    @Test
    void refusesAPaymentFromElsewhere() {
        // Proves a claim cannot be made for an equal payment that is not the one the index holds.
        PaymentIndex index = new PaymentIndex(List.of(payment("A")));
        assertThrows(IllegalStateException.class, () -> index.position(payment("B")));
        assertThrows(IllegalStateException.class, () -> index.position(payment("A")));
    }

    private static Payment payment(String id) {
        return new Payment(id, 1_000, VND, "ACC", "CRED", "NAME", Optional.empty(), PaymentStatus.SETTLED,
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
