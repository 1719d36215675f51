package vn.ansinh.merchant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.ansinh.platform.DomainException;

/**
 * The bank role lets any bank exchange files for itself; only the switch's own service user may tell us that a
 * merchant was paid or send the clearing file. Its token's {@code bank_bin} must be the configured switch BIN.
 */
@RequestScoped
public class SwitchCaller {

    @Inject JsonWebToken caller;
    @Inject MerchantConfig config;

    /** The caller's name once it is known to speak for the switch; refuses anyone else. */
    public String require() {
        Object bin = caller.getClaim("bank_bin");
        if (bin == null || !config.switchBankBin().equals(bin.toString())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "NOT_THE_SWITCH",
                    "Only the payment switch's service user may call this.");
        }
        return caller.getName();
    }
}
