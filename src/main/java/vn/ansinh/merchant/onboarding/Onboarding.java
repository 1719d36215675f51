package vn.ansinh.merchant.onboarding;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.banking.BankAccountRules;
import vn.ansinh.banking.inquiry.AccountHolder;
import vn.ansinh.banking.inquiry.AccountInquiry;
import vn.ansinh.banking.inquiry.AccountStatus;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;
import vn.ansinh.platform.remote.CounterpartyUnavailable;

/**
 * Admits a merchant: its fields and settlement account checked locally, the account confirmed ACTIVE by its bank
 * (whose holder name we keep, as the payout will name it), then stored with its audit entry in one transaction.
 */
@ApplicationScoped
public class Onboarding {

    private static final String INSERT = """
            insert into merchant (name, mcc, address, settlement_bin, settlement_account, settlement_holder,
                mdr_rate_bp, mdr_fixed_vnd, mdr_cap_vnd, created_by)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id""";

    private static final String SET_STATUS = "update merchant set status = $2 where id = $1";

    @Inject Pool pool;
    @Inject AuditLog audit;
    @Inject AccountInquiry inquiry;
    @Inject Merchants merchants;

    private final BankAccountRules bankRules = BankAccountRules.standard();

    public Uni<Merchants.MerchantView> onboard(NewMerchant request, String actor) {
        MerchantRules.Checked checked = MerchantRules.check(request, bankRules);
        String bin = checked.account().bank().bin();
        String account = checked.account().account().digits();
        return inquiry.inquire(bin, List.of(account))
                .onFailure(CounterpartyUnavailable.class).transform(down -> new DomainException(
                        DomainException.Kind.UNAVAILABLE, "BANK_UNAVAILABLE",
                        "The settlement bank cannot confirm the account now; try again later."))
                .map(answers -> activeHolder(answers.get(account)))
                .chain(holder -> pool.withTransaction(connection -> store(connection, checked, holder, actor)))
                .chain(merchants::find)
                .map(found -> found.orElseThrow());
    }

    /** Suspends a merchant (its terminals are then declined 58) or makes it active again; audited. */
    public Uni<Merchants.MerchantView> changeStatus(long merchantId, StatusChange change, String actor) {
        String status = change == null || change.status() == null ? "" : change.status();
        if (!status.equals("ACTIVE") && !status.equals("SUSPENDED")) {
            throw DomainException.invalid("STATUS_INVALID", "A merchant is ACTIVE or SUSPENDED.",
                    List.of(Violation.ofField("status", "VALUE", "ACTIVE or SUSPENDED.")));
        }
        var facts = new LinkedHashMap<String, Object>();
        facts.put("status", status);
        facts.put("reason", change.reason() == null ? "" : change.reason());
        return pool.withTransaction(connection -> connection.preparedQuery(SET_STATUS).execute(Tuple.of(merchantId, status))
                .chain(updated -> {
                    if (updated.rowCount() == 0) {
                        throw DomainException.notFound("MERCHANT_NOT_FOUND", "There is no merchant " + merchantId + ".");
                    }
                    return audit.append(connection, new AuditEvent(actor, "MERCHANT_STATUS_CHANGED",
                            "merchant:" + merchantId, facts));
                }))
                .chain(() -> merchants.find(merchantId)).map(found -> found.orElseThrow());
    }

    /** What an administrator asks: the new status and why. */
    public record StatusChange(String status, String reason) {}

    private static AccountHolder activeHolder(AccountHolder holder) {
        if (holder == null || holder.status() != AccountStatus.ACTIVE) {
            String status = holder == null ? AccountStatus.NOT_FOUND.name() : holder.status().name();
            throw DomainException.invalid("SETTLEMENT_ACCOUNT_" + status, "The bank says the settlement account is "
                    + status + "; a merchant is paid only into an ACTIVE account.",
                    List.of(Violation.ofField("settlementAccount", status, "The bank answered " + status + ".")));
        }
        return holder;
    }

    private Uni<Long> store(SqlConnection connection, MerchantRules.Checked checked, AccountHolder holder, String actor) {
        NewMerchant merchant = checked.merchant();
        var plan = checked.plan();
        var values = Tuple.tuple().addString(merchant.name().strip()).addString(merchant.mcc())
                .addString(merchant.address().strip()).addString(holder.bin()).addString(holder.accountNumber())
                .addString(holder.holderName()).addInteger(plan.rateBp()).addLong(plan.fixedVnd())
                .addLong(plan.capVnd().orElse(null)).addString(actor);
        return connection.preparedQuery(INSERT).execute(values).map(rows -> rows.iterator().next().getLong("id"))
                .call(id -> {
                    var facts = new LinkedHashMap<String, Object>();
                    facts.put("name", merchant.name().strip());
                    facts.put("mcc", merchant.mcc());
                    facts.put("settlementBin", holder.bin());
                    facts.put("settlementAccount", checked.account().account().masked());
                    facts.put("mdrRateBp", plan.rateBp());
                    facts.put("mdrFixedVnd", plan.fixedVnd());
                    facts.put("mdrCapVnd", plan.capVnd().map(Object::toString).orElse("none"));
                    return audit.append(connection, new AuditEvent(actor, "MERCHANT_ONBOARDED", "merchant:" + id, facts));
                });
    }

}
