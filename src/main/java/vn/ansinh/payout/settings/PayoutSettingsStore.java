package vn.ansinh.payout.settings;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.audit.CanonicalJson;
import vn.ansinh.banking.AccountNumber;
import vn.ansinh.platform.DomainException;
import vn.ansinh.rails.party.BankBin;

/** A program's payout settings in the V3 columns of {@code program}; every change audited with before and after. */
@ApplicationScoped
public class PayoutSettingsStore {

    private static final String SELECT = """
            select code, funding_bin, funding_account, funding_name, rail, budget_per_period_vnd,
                benefit_rule::text as benefit_rule, approval_second_above_vnd
            from program where code = $1""";

    private static final String UPDATE = """
            update program set funding_bin = $2, funding_account = $3, funding_name = $4, rail = $5,
                budget_per_period_vnd = $6, benefit_rule = cast(cast($7 as text) as jsonb), approval_second_above_vnd = $8
            where code = $1""";

    @Inject Pool pool;
    @Inject AuditLog audit;

    /** The settings, or empty while the program has no funding account or budget yet. Refuses an unknown program. */
    public Uni<Optional<PayoutSettings>> find(SqlClient sql, String programCode) {
        return lockOrRead(sql, SELECT, programCode);
    }

    public Uni<Optional<PayoutSettings>> find(String programCode) {
        return find(pool, programCode);
    }

    /** The settings with the program row locked until the caller's transaction ends (budget checks serialise here). */
    public Uni<Optional<PayoutSettings>> lock(SqlConnection connection, String programCode) {
        return lockOrRead(connection, SELECT + " for update", programCode);
    }

    /** The settings a run needs; refuses with PROGRAM_NOT_CONFIGURED when there are none. */
    public Uni<PayoutSettings> require(SqlClient sql, String programCode) {
        return find(sql, programCode).map(found -> found.orElseThrow(() -> DomainException.conflict(
                "PROGRAM_NOT_CONFIGURED", "Program " + programCode + " has no payout settings yet: an admin sets the "
                        + "funding account, rail and budget at /programs/" + programCode + "/payout-settings.")));
    }

    public Uni<PayoutSettings> replace(String programCode, PayoutSettings settings, String actor) {
        return pool.withTransaction(connection -> lock(connection, programCode).chain(before -> {
            var stored = BenefitRuleJson.toStored(settings.benefitRule()).map(CanonicalJson::of).orElse(null);
            var values = Tuple.tuple().addString(programCode).addString(settings.fundingBin().digits())
                    .addString(settings.fundingAccount().digits()).addString(settings.fundingName())
                    .addString(settings.rail().name()).addLong(settings.budgetPerPeriodVnd()).addString(stored)
                    .addValue(settings.approvalSecondAboveVnd().isPresent() ? settings.approvalSecondAboveVnd().getAsLong() : null);
            var facts = new LinkedHashMap<String, Object>();
            facts.put("before", before.map(PayoutSettingsStore::view).orElse(Map.of()));
            facts.put("after", view(settings));
            return connection.preparedQuery(UPDATE).execute(values)
                    .chain(() -> audit.append(connection, new AuditEvent(actor, "PROGRAM_PAYOUT_SETTINGS_CHANGED",
                            "program:" + programCode, facts)));
        })).replaceWith(settings);
    }

    /** The settings as the API and the audit entry show them. */
    public static Map<String, Object> view(PayoutSettings settings) {
        var out = new LinkedHashMap<String, Object>();
        out.put("fundingBin", settings.fundingBin().digits());
        out.put("fundingAccount", settings.fundingAccount().digits());
        out.put("fundingName", settings.fundingName());
        out.put("rail", settings.rail().name());
        out.put("budgetPerPeriodVnd", settings.budgetPerPeriodVnd());
        out.put("benefitRule", BenefitRuleJson.view(settings.benefitRule()));
        settings.approvalSecondAboveVnd().ifPresent(threshold -> out.put("approvalSecondAboveVnd", threshold));
        return out;
    }

    private Uni<Optional<PayoutSettings>> lockOrRead(SqlClient sql, String query, String programCode) {
        return sql.preparedQuery(query).execute(Tuple.of(programCode)).map(rows -> {
            if (rows.size() == 0) {
                throw DomainException.notFound("PROGRAM_NOT_FOUND", "There is no program " + programCode + ".");
            }
            return settings(rows.iterator().next());
        });
    }

    private static Optional<PayoutSettings> settings(Row row) {
        if (row.getString("funding_bin") == null || row.getLong("budget_per_period_vnd") == null) return Optional.empty();
        Long threshold = row.getLong("approval_second_above_vnd");
        return Optional.of(new PayoutSettings(new BankBin(row.getString("funding_bin")),
                new AccountNumber(row.getString("funding_account")), row.getString("funding_name"),
                Rail.valueOf(row.getString("rail")), row.getLong("budget_per_period_vnd"),
                BenefitRuleJson.fromStored(Optional.ofNullable(row.getString("benefit_rule"))),
                threshold == null ? OptionalLong.empty() : OptionalLong.of(threshold)));
    }
}
