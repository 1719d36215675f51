package vn.ansinh.merchant.onboarding;

/**
 * A merchant as an administrator asks to onboard it. {@code settlementBank} is a NAPAS BIN or bank code;
 * {@code mdr} is the merchant discount rate plan (see {@link vn.ansinh.merchant.MdrPlan}).
 */
public record NewMerchant(String name, String mcc, String address, String settlementBank, String settlementAccount,
                          Mdr mdr) {

    public record Mdr(Integer rateBp, Long fixedVnd, Long capVnd) {}
}
