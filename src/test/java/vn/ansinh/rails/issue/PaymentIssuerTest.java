package vn.ansinh.rails.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.ansinh.rails.id.EndToEndId;
import vn.ansinh.rails.id.EndToEndIdOrigin;
import vn.ansinh.rails.party.AccountId;
import vn.ansinh.rails.party.BankBin;

/** Payments issued for a source other than a run: one per line, each with its event and outbox row, never twice. */
@QuarkusTest
class PaymentIssuerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final PaymentIssuer.Label LABEL = new PaymentIssuer.Label("TEST", YearMonth.of(2026, 11));

    @Inject Pool pool;
    @Inject PaymentIssuer issuer;

    /** Proves each order becomes a CREATED payment with a sequence-form id, a CREATED event and a SEND_INSTANT row. */
    @Test
    void eachOrderBecomesOnePaymentReadyToSend() {
        PaymentSource source = freshSource();
        List<IssuedPayment> issued = issue(source, List.of(order(1, 120_000), order(2, 80_000)));

        assertEquals(List.of(1L, 2L), issued.stream().map(IssuedPayment::sourceLine).toList());
        for (IssuedPayment payment : issued) {
            assertTrue(payment.endToEndId().origin() instanceof EndToEndIdOrigin.Sequence, payment.toString());
            var row = pool.preparedQuery("""
                    select p.state, p.rail, p.amount_vnd, p.run_id is null as no_run,
                        (select count(*) from payment_event e where e.payment_id = p.id and e.to_state = 'CREATED'),
                        (select count(*) from outbox o where o.payment_id = p.id and o.kind = 'SEND_INSTANT')
                    from payment p where p.id = $1""").execute(Tuple.of(payment.paymentId()))
                    .await().atMost(WAIT).iterator().next();
            assertEquals(List.of("CREATED", "INSTANT", payment.amountVnd(), true, 1L, 1L),
                    List.of(row.getString(0), row.getString(1), row.getLong(2), row.getBoolean(3), row.getLong(4),
                            row.getLong(5)));
            assertEquals(payment.endToEndId(), EndToEndId.parse(payment.endToEndId().value()).orElseThrow());
        }
    }

    /** Proves a source line cannot be issued a second time: the database refuses and nothing more is written. */
    @Test
    void aSourceLineIsNeverIssuedTwice() {
        PaymentSource source = freshSource();
        issue(source, List.of(order(1, 50_000)));

        assertThrows(RuntimeException.class, () -> issue(source, List.of(order(1, 50_000))));
        long payments = pool.preparedQuery("select count(*) from payment where source_kind = $1 and source_id = $2")
                .execute(Tuple.of(source.kind(), source.id())).await().atMost(WAIT).iterator().next().getLong(0);
        assertEquals(1L, payments);
    }

    private List<IssuedPayment> issue(PaymentSource source, List<PaymentOrder> orders) {
        return pool.withTransaction(connection -> issuer.issue(connection, source, LABEL, orders, "test:issuer"))
                .await().atMost(WAIT);
    }

    private static PaymentSource freshSource() {
        return new PaymentSource("ISSUER_TEST", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    }

    private static PaymentOrder order(long line, long amountVnd) {
        return new PaymentOrder(line, new BankBin("970436"), new AccountId("0071000900001"), new BankBin("970415"),
                new AccountId("1234567890"), "NGUYEN VAN A", amountVnd);
    }
}
