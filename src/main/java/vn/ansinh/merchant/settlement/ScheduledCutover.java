package vn.ansinh.merchant.settlement;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import vn.ansinh.merchant.ledger.Ledger;
import vn.ansinh.merchant.switchrecon.SwitchReconciliation;

/**
 * The daily cutover: checked every {@code ansinh.merchant.cutover-check-interval} (off in tests), it settles the
 * business date that ended at the last cutover time, if nobody did, then reconciles it against the switch. Checking
 * on a short timer rather than firing once means an engine that was down at cutover time catches up when it starts.
 */
@ApplicationScoped
public class ScheduledCutover {

    static final String ACTOR = "system:cutover";
    private static final Logger LOG = Logger.getLogger(ScheduledCutover.class);

    @Inject Cutover cutover;
    @Inject Ledger ledger;
    @Inject SwitchReconciliation reconciliation;

    @Scheduled(every = "${ansinh.merchant.cutover-check-interval:PT60S}", delayed = "PT10S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> settleEndedDay() {
        LocalDate ended = ledger.calendar().dateOf(Clock.systemUTC().instant()).minusDays(1);
        return cutover.cutover(ended, ACTOR).chain(outcome -> {
            if (!outcome.created()) {
                return Uni.createFrom().voidItem();
            }
            LOG.infof("settled %s: %d merchants, net %d VND", ended, outcome.batch().merchantCount(),
                    outcome.batch().totals().netVnd());
            return reconciliation.reconcile(ended, ACTOR).replaceWithVoid();
        });
    }
}
