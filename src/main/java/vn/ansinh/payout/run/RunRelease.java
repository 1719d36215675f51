package vn.ansinh.payout.run;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgException;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import org.jboss.logging.Logger;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.payout.settings.PayoutSettings;
import vn.ansinh.payout.settings.PayoutSettingsStore;
import vn.ansinh.payout.settings.Rail;
import vn.ansinh.platform.DomainException;
import vn.ansinh.rails.dispatch.ReleaseFile;

/**
 * APPROVED → RELEASED, in one transaction: the lines are hashed again and must match the submission and every
 * approval; the period is claimed; the payments, their events and the outbox rows are written, and what was stored
 * must be the approved lines in number and sum, one event each ({@link PaymentWriter}); a large run refreshes the
 * payment table's statistics; and the audit entry is appended. Meanwhile a file-rail run's pain.001 is written from
 * its lines ({@link ReleaseFile}). A refusal at any point leaves nothing behind (a file written for it is removed).
 *
 * <p>Who releases: an officer. The decision to pay is the approvers'; release is the operational act of handing an
 * approved, still-intact run to the rails, and the engine re-checks everything the approvers relied on. Keeping it
 * with officers also means no approver both decides and dispatches a run.
 */
@ApplicationScoped
public class RunRelease {

    private static final Logger LOG = Logger.getLogger(RunRelease.class);

    private static final String RELEASED = """
            update payout_run set status = 'RELEASED', released_at = now(), released_by = $2
            where id = $1 and status = 'APPROVED'""";
    private static final String APPROVALS = "select count(*) from run_approval where run_id = $1";
    private static final String ALREADY_REISSUED = """
            select l.reissue_of_payment, r.run_id from payout_line l join payment r on r.reissue_of = l.reissue_of_payment
            where l.run_id = $1 order by l.line_no limit 1""";

    /** The table's size and the columns the dispatcher selects a run's payments by. */
    private static final String REFRESH_STATISTICS = "analyze payment (run_id, line_no, debtor_bin, rail, state)";

    @Inject Pool pool;
    @Inject PayoutConfig config;
    @Inject RunStore runs;
    @Inject IntegrityCheck integrity;
    @Inject PayoutSettingsStore settingsStore;
    @Inject PeriodClaim periodClaim;
    @Inject ReleaseFile releaseFile;
    @Inject PaymentWriter payments;
    @Inject AuditLog audit;

    public Uni<Void> release(long runId, String actor) {
        return pool.withTransaction(connection -> runs.lock(connection, runId).chain(run -> releaseLocked(connection, run, actor)))
                .invoke(releaseFile::publish)
                .onFailure().invoke(failure -> releaseFile.discard(runId))
                .replaceWithVoid()
                .onFailure(PeriodClaim::isConflict).recoverWithUni(conflict -> periodClaim.refusal(pool, runId))
                .onFailure(RunRelease::isSecondReissue).transform(race -> DomainException.conflict("PAYMENT_ALREADY_REISSUED",
                        "A payment of run " + runId + " was re-issued by another run released at the same moment; run "
                                + runId + " is not released."));
    }

    private Uni<ReleaseFile.Started> releaseLocked(SqlConnection connection, RunRecord run, String actor) {
        if (run.status() != RunStatus.APPROVED) throw RunStore.wrongStatus(run, "APPROVED");
        return requireIntact(connection, run)
                .chain(() -> requireNotReissued(connection, run))
                .chain(() -> settingsStore.require(connection, run.programCode()))
                .chain(settings -> startFile(connection, run, settings)
                        .call(() -> pay(connection, run, settings, actor))
                        .chain(file -> releaseFile.finish(connection, file)));
    }

    /** A file-rail run's pain.001 is written while the payments are stored (see {@link ReleaseFile}). */
    private Uni<ReleaseFile.Started> startFile(SqlConnection connection, RunRecord run, PayoutSettings settings) {
        if (settings.rail() != Rail.FILE || run.lineCount() == 0) {
            return Uni.createFrom().item(ReleaseFile.Started.NO_FILE);
        }
        return releaseFile.start(connection, run.id(), settings.fundingBin().digits(),
                settings.fundingAccount().digits(), run.lineCount(), run.totalVnd());
    }

    /** The period claimed, the payments and their outbox rows written, the run RELEASED and audited. */
    private Uni<Void> pay(SqlConnection connection, RunRecord run, PayoutSettings settings, String actor) {
        return periodClaim.claim(connection, run).chain(claims -> payments.write(connection, run, settings, actor)
                .call(() -> run.lineCount() >= config.statisticsRefreshPaymentsMin()
                        ? connection.query(REFRESH_STATISTICS).execute()
                        : Uni.createFrom().nullItem())
                .call(() -> connection.preparedQuery(RELEASED).execute(Tuple.of(run.id(), actor)))
                .call(outboxRows -> audit.append(connection, new AuditEvent(actor, "RUN_RELEASED", "run:" + run.id(),
                        facts(run, settings, claims, outboxRows))))
                .invoke(outboxRows -> LOG.infof("run %d released by %s: %d payments, %,d VND, %d outbox rows",
                        run.id(), actor, run.lineCount(), run.totalVnd(), outboxRows)))
                .replaceWithVoid();
    }

    /** The unique index of V5 refused a second re-issue that slipped past the check above in a race. */
    private static boolean isSecondReissue(Throwable failure) {
        return failure instanceof PgException pg && "23505".equals(pg.getSqlState())
                && "payment_reissued_once".equals(pg.getConstraint());
    }

    private Uni<Void> requireIntact(SqlConnection connection, RunRecord run) {
        return integrity.check(connection, run).chain(found -> connection.preparedQuery(APPROVALS)
                .execute(Tuple.of(run.id())).invoke(rows -> {
                    found.breach().ifPresent(breach -> {
                        throw DomainException.conflict("RUN_INTEGRITY_BROKEN", "Run " + run.id() + " is not released: "
                                + breach + ". The lines were changed outside the engine after they were approved; "
                                + "nothing was paid. Report it and cancel the run.");
                    });
                    long approvals = rows.iterator().next().getLong(0);
                    if (approvals < run.approvalsRequired()) {
                        throw new IllegalStateException("run " + run.id() + " is APPROVED with " + approvals + " of "
                                + run.approvalsRequired() + " approvals");
                    }
                })).replaceWithVoid();
    }

    private static Uni<Void> requireNotReissued(SqlConnection connection, RunRecord run) {
        if (run.kind() != RunKind.REISSUE) return Uni.createFrom().voidItem();
        return connection.preparedQuery(ALREADY_REISSUED).execute(Tuple.of(run.id())).invoke(rows -> {
            if (rows.size() > 0) {
                var row = rows.iterator().next();
                throw DomainException.conflict("PAYMENT_ALREADY_REISSUED", "Payment " + row.getLong(0) + " was "
                        + "already re-issued by run " + row.getLong(1) + "; run " + run.id() + " is not released.");
            }
        }).replaceWithVoid();
    }

    private static java.util.Map<String, Object> facts(RunRecord run, PayoutSettings settings, long claims, long outboxRows) {
        var facts = new LinkedHashMap<String, Object>();
        facts.put("payments", run.lineCount());
        facts.put("totalVnd", run.totalVnd());
        facts.put("linesSha256", run.linesSha256().orElseThrow());
        facts.put("rail", settings.rail().name());
        facts.put("debtorBin", settings.fundingBin().digits());
        facts.put("debtorAccount", settings.fundingAccount().digits());
        facts.put("periodClaims", claims);
        facts.put("outboxRows", outboxRows);
        return facts;
    }
}
