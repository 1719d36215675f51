package vn.ansinh.beneficiary.intake;

import java.util.Optional;
import vn.ansinh.identity.Cccd;

/**
 * Remembers the CCCDs seen so far in one file so that the second and later rows for the same person earn
 * DUPLICATE_IN_FILE; the first row is kept. A 12-digit CCCD fits in a long, so a million rows cost 16 MiB.
 * Rows whose CCCD is not 12 digits are not tracked: they are rejected for CCCD_FORMAT anyway.
 */
public final class DuplicateInFile {

    private final LongHashSet seen;

    /** A tracker for a file of at most {@code rowsMax} rows. */
    public DuplicateInFile(long rowsMax) {
        this.seen = new LongHashSet(rowsMax);
    }

    /** Records the row's CCCD; returns the DUPLICATE_IN_FILE problem when an earlier row had the same one. */
    public Optional<RowProblem> check(BeneficiaryRow row) {
        return Cccd.parse(row.cccd()).flatMap(cccd -> seen.add(cccd.asLong())
                ? Optional.empty()
                : Optional.of(RowProblem.of(ReasonCode.DUPLICATE_IN_FILE, IntakeField.CCCD,
                        "the same CCCD is on an earlier row of this file")));
    }

    /** The number of distinct CCCDs seen. */
    public long distinctCount() {
        return seen.size();
    }
}
