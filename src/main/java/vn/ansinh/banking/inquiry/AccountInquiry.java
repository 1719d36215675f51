package vn.ansinh.banking.inquiry;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;

/**
 * Asks one bank who holds each of some of its accounts. Every asked account is in the answer (NOT_FOUND when the
 * bank does not know it). Fails with {@link vn.ansinh.platform.remote.CounterpartyUnavailable} when it cannot.
 */
public interface AccountInquiry {

    Uni<Map<String, AccountHolder>> inquire(String bin, Collection<String> accountNumbers);
}
