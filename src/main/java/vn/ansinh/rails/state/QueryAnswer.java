package vn.ansinh.rails.state;

import vn.ansinh.rails.reason.ReasonCode;

/** What a bank said when asked about one end-to-end id. */
public sealed interface QueryAnswer {

    /** The bank has no trace of the id: it is safe to send the same payment again under the same id. */
    record NotReceived() implements QueryAnswer {
    }

    /** The bank has the payment and has not decided. */
    record StillPending() implements QueryAnswer {
    }

    record AcceptedByBank() implements QueryAnswer {
    }

    record SettledByBank() implements QueryAnswer {
    }

    record RejectedByBank(ReasonCode reason) implements QueryAnswer {
    }
}
