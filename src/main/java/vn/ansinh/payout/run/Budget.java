package vn.ansinh.payout.run;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.ansinh.payout.settings.PayoutSettings;
import vn.ansinh.platform.DomainException;

/**
 * A regular run fits its period's budget: budget − what approved, released and completed regular runs of the period
 * take. Checked at submission and again when the last approval makes a run APPROVED, with the program row locked,
 * so two runs approved at the same moment cannot together overspend.
 */
@ApplicationScoped
public class Budget {

    @Inject RunStore runs;

    /** Answers what remains after this run; refuses with BUDGET_EXCEEDED when it does not fit. */
    public Uni<Long> requireFits(SqlConnection connection, RunRecord run, PayoutSettings lockedSettings) {
        if (run.kind() == RunKind.REISSUE) return Uni.createFrom().item(lockedSettings.budgetPerPeriodVnd());
        return runs.spentInPeriod(connection, run).chain(spent -> runs.cashTotal(connection, run.id()).map(cash -> {
            long remaining = lockedSettings.budgetPerPeriodVnd() - spent;
            long needed = Math.addExact(run.totalVnd(), cash);
            if (needed > remaining) {
                throw DomainException.conflict("BUDGET_EXCEEDED", "Run " + run.id() + " pays " + needed + " đồng ("
                        + run.totalVnd() + " by bank, " + cash + " in cash) but " + run.programCode() + " has "
                        + Math.max(0, remaining) + " đồng left for " + run.period() + ": a budget of "
                        + lockedSettings.budgetPerPeriodVnd() + " of which approved runs take " + spent + ".");
            }
            return remaining - needed;
        }));
    }
}
