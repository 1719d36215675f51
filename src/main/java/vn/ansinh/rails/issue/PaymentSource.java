package vn.ansinh.rails.issue;

import java.util.Objects;

/**
 * What a group of payments was issued for, other than a payout run: a kind named in UPPER_SNAKE (such as
 * {@code MERCHANT_SETTLEMENT}) and the id of the thing of that kind. The rails know the kind only as a name, so a
 * room that issues payments depends on the rails and never the other way round.
 */
public record PaymentSource(String kind, long id) {

    /** Payout runs keep their own columns (run_id, line_no); they are not a source of this kind. */
    static final String PAYOUT_RUN = "PAYOUT_RUN";

    public PaymentSource {
        Objects.requireNonNull(kind, "kind");
        if (!kind.matches("[A-Z][A-Z_]{0,31}") || kind.equals(PAYOUT_RUN)) {
            throw new IllegalArgumentException("a payment source kind is UPPER_SNAKE, 1..32, not PAYOUT_RUN: " + kind);
        }
        if (id <= 0) {
            throw new IllegalArgumentException("a payment source id is positive: " + id);
        }
    }

    /** The payment events' and audit's name of this source, {@code kind:id}. */
    public String subject() {
        return kind.toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
