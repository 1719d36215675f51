package vn.ansinh.payout.run;

/**
 * What writing a run's lines produced, as counted by the statements that wrote them. The creator checks these against
 * a read-back of the stored lines before it commits: both sides of the boundary.
 */
public record WrittenRun(long considered, long benefitLines, long benefitVnd, long arrearsLines, long arrearsVnd,
                         long reissueLines, long reissueVnd, long exclusions, long cashPayments, long cashVnd) {

    public WrittenRun {
        for (long value : new long[] {considered, benefitLines, benefitVnd, arrearsLines, arrearsVnd, reissueLines,
                reissueVnd, exclusions, cashPayments, cashVnd}) {
            if (value < 0) throw new IllegalArgumentException("counts and totals are not negative");
        }
    }

    public long lines() {
        return Math.addExact(Math.addExact(benefitLines, arrearsLines), reissueLines);
    }

    public long totalVnd() {
        return Math.addExact(Math.addExact(benefitVnd, arrearsVnd), reissueVnd);
    }
}
