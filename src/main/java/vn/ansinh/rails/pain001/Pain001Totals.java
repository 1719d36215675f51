package vn.ansinh.rails.pain001;

/** What a finished pain.001 file holds, equal by construction to what its header declared. */
public record Pain001Totals(long numberOfTransactions, long controlSumVnd) {
}
