package vn.ansinh.merchant;

import java.util.Optional;

/**
 * What a merchant pays us per sale (merchant discount rate): a rate in basis points, a fixed fee and an optional
 * cap, all in whole đồng.
 *
 * <p>The rounding rule: the fee is computed <b>per sale</b>, the rate part rounded <b>half up</b> to the đồng, then
 * the fixed fee added, then capped by the cap and by the sale itself:
 * {@code fee = min(amount, cap, fixed + floor((amount × rateBp + 5000) / 10000))}. Per sale, because the cap and
 * the fixed fee are per sale by nature, because a merchant can check any one fee from one receipt, and because a
 * reversal then cancels exactly the fee its sale was charged; per day would round once but leave sales without a
 * fee of their own. Half up, as people round money by hand.
 */
public record MdrPlan(int rateBp, long fixedVnd, Optional<Long> capVnd) {

    public static final int RATE_BP_MAX = 10_000;
    /** A fixed fee or cap above this is a typing mistake, not a plan. */
    public static final long FEE_VND_MAX = 100_000_000L;

    /**
     * The same rule in SQL, for the set-based cutover: the amount expression and the alias of a row carrying
     * {@code mdr_rate_bp}, {@code mdr_fixed_vnd} and {@code mdr_cap_vnd}. MdrPlanTest holds both to the same answers.
     */
    public static String feeSql(String amount, String plan) {
        return "least(" + amount + ", coalesce(" + plan + ".mdr_cap_vnd, " + amount + "), " + plan + ".mdr_fixed_vnd + ("
                + amount + " * " + plan + ".mdr_rate_bp + 5000) / 10000)";
    }

    public MdrPlan {
        if (rateBp < 0 || rateBp > RATE_BP_MAX) {
            throw new IllegalArgumentException("MDR rate must be 0.." + RATE_BP_MAX + " basis points, was " + rateBp);
        }
        if (fixedVnd < 0 || fixedVnd > FEE_VND_MAX) {
            throw new IllegalArgumentException("fixed fee must be 0.." + FEE_VND_MAX + " VND, was " + fixedVnd);
        }
        capVnd.ifPresent(cap -> {
            if (cap < 0 || cap > FEE_VND_MAX) {
                throw new IllegalArgumentException("fee cap must be 0.." + FEE_VND_MAX + " VND, was " + cap);
            }
        });
    }

    /** The fee on one sale of {@code amountVnd}; never negative, never above the cap nor the sale. */
    public long feeFor(long amountVnd) {
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("a sale is positive, was " + amountVnd);
        }
        long proportional = Math.addExact(Math.multiplyExact(amountVnd, (long) rateBp), 5_000L) / 10_000L;
        long fee = Math.min(amountVnd, Math.addExact(fixedVnd, proportional));
        return capVnd.map(cap -> Math.min(cap, fee)).orElse(fee);
    }
}
