package vn.ansinh.payout.run;

/**
 * Where a run stands. DRAFT → SUBMITTED → APPROVED | REJECTED; APPROVED → RELEASED → COMPLETED; DRAFT, SUBMITTED
 * and APPROVED may be CANCELLED. Nothing leaves REJECTED, COMPLETED or CANCELLED.
 */
public enum RunStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, RELEASED, COMPLETED, CANCELLED;

    /** A run that may still be released, so its lines may still become payments; only such a run is cancelled. */
    public boolean isLive() {
        return switch (this) {
            case DRAFT, SUBMITTED, APPROVED -> true;
            case REJECTED, RELEASED, COMPLETED, CANCELLED -> false;
        };
    }
}
