package vn.ansinh.rails.state;

import vn.ansinh.rails.reason.ReasonCode;

/**
 * Where one payment stands at its bank. UNKNOWN means the payment was handed over and no answer came: the money may
 * or may not have left, so it stays pending and is resolved only by asking the bank about the same end-to-end id,
 * never by sending it again under a new one.
 */
public sealed interface PaymentState {

    /** Written down, not yet handed to a bank. */
    record Created() implements PaymentState {
    }

    /** Handed to the bank; no answer yet. */
    record Sent() implements PaymentState {
    }

    /** The bank took the instruction; the beneficiary's account is not yet credited. */
    record Accepted() implements PaymentState {
    }

    /** The beneficiary's bank credited the account. Not terminal: a credited payment can still be returned. */
    record Settled() implements PaymentState {
    }

    /** A bank refused the instruction; no money left the program's account. */
    record Rejected(ReasonCode reason) implements PaymentState {
    }

    /** Money went out and came back. */
    record Returned(ReasonCode reason) implements PaymentState {
    }

    /** Handed over and no answer arrived in time. */
    record Unknown() implements PaymentState {
    }

    PaymentState CREATED = new Created();
    PaymentState SENT = new Sent();
    PaymentState ACCEPTED = new Accepted();
    PaymentState SETTLED = new Settled();
    PaymentState UNKNOWN = new Unknown();

    /** Terminal states accept no event at all; the engine closes the payment's books there. */
    default boolean isTerminal() {
        return switch (this) {
            case Rejected _ -> true;
            case Returned _ -> true;
            case Created _ -> false;
            case Sent _ -> false;
            case Accepted _ -> false;
            case Settled _ -> false;
            case Unknown _ -> false;
        };
    }

    /** Where the payment's amount is counted in the run's books. */
    default MoneyBucket bucket() {
        return switch (this) {
            case Created _ -> MoneyBucket.PENDING;
            case Sent _ -> MoneyBucket.PENDING;
            case Accepted _ -> MoneyBucket.PENDING;
            case Unknown _ -> MoneyBucket.PENDING;
            case Settled _ -> MoneyBucket.SETTLED;
            case Rejected _ -> MoneyBucket.REJECTED;
            case Returned _ -> MoneyBucket.RETURNED;
        };
    }
}
