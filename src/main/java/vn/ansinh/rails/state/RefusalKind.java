package vn.ansinh.rails.state;

/** Why an event did not move a payment. */
public enum RefusalKind {
    /** The event adds nothing the state does not already say (a report delivered twice, a timer after the answer). */
    STALE,
    /** The event contradicts the state or cannot happen from it (a return before acceptance): investigate. */
    NOT_ALLOWED
}
