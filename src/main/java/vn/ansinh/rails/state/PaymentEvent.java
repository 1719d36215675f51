package vn.ansinh.rails.state;

import vn.ansinh.rails.reason.ReasonCode;

/** Something that happened to a payment: the engine acted, a bank answered, or time ran out. */
public sealed interface PaymentEvent {

    /** The engine handed the payment to its bank. */
    record Sent() implements PaymentEvent {
    }

    /** A bank status report said the instruction was accepted (ACCP, ACTC, ACSP, ACWC…). */
    record Accepted() implements PaymentEvent {
    }

    /** A bank status report or statement said the beneficiary was credited (ACSC, ACCC). */
    record Settled() implements PaymentEvent {
    }

    /** A bank refused the instruction (RJCT). */
    record Rejected(ReasonCode reason) implements PaymentEvent {
    }

    /** The money came back (pacs.004 or a camt.054 return). */
    record Returned(ReasonCode reason) implements PaymentEvent {
    }

    /** The answer window closed with no answer from the bank. */
    record TimedOut() implements PaymentEvent {
    }

    /** The bank answered a status query about this payment's end-to-end id. */
    record StatusQueryAnswered(QueryAnswer answer) implements PaymentEvent {
    }
}
