package vn.ansinh.banking.inquiry;

import io.smallrye.config.ConfigMapping;
import vn.ansinh.platform.remote.CounterpartyConfig;

/** {@code ansinh.bank.*}: where the banks' account-name inquiry is and how to treat it. */
@ConfigMapping(prefix = "ansinh.bank")
public interface BankConfig extends CounterpartyConfig {}
