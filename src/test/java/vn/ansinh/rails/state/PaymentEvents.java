package vn.ansinh.rails.state;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import vn.ansinh.rails.reason.ReasonCode;

/** Generators of payment events for the property tests. */
final class PaymentEvents {

    static final List<PaymentEvent> ALL = List.of(
            new PaymentEvent.Sent(),
            new PaymentEvent.Accepted(),
            new PaymentEvent.Settled(),
            new PaymentEvent.Rejected(ReasonCode.of("AC01")),
            new PaymentEvent.Rejected(ReasonCode.of("AM04")),
            new PaymentEvent.Returned(ReasonCode.of("AC04")),
            new PaymentEvent.TimedOut(),
            new PaymentEvent.StatusQueryAnswered(new QueryAnswer.NotReceived()),
            new PaymentEvent.StatusQueryAnswered(new QueryAnswer.StillPending()),
            new PaymentEvent.StatusQueryAnswered(new QueryAnswer.AcceptedByBank()),
            new PaymentEvent.StatusQueryAnswered(new QueryAnswer.SettledByBank()),
            new PaymentEvent.StatusQueryAnswered(new QueryAnswer.RejectedByBank(ReasonCode.of("MS03"))));

    private PaymentEvents() {
    }

    static Gen<PaymentEvent> any() {
        return Generate.pick(ALL);
    }

    static Gen<List<PaymentEvent>> sequences() {
        return lists().of(any()).ofSizeBetween(0, 60);
    }

    /** Events addressed to one of {@code payments} payments: (payment index, event). */
    record Addressed(int payment, PaymentEvent event) {
    }

    static Gen<List<Addressed>> streams(int payments) {
        Gen<Addressed> addressed = integers().between(0, payments - 1).zip(any(), Addressed::new);
        return lists().of(addressed).ofSizeBetween(0, 300);
    }
}
