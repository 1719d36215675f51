package vn.ansinh.rails.status;

import java.util.List;

/** A payment and every transition it made, oldest first. */
public record PaymentWithEvents(PaymentView payment, List<EventView> events) {
    public PaymentWithEvents {
        events = List.copyOf(events);
    }
}
