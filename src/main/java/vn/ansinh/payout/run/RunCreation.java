package vn.ansinh.payout.run;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.payout.settings.BenefitRuleJson;
import vn.ansinh.payout.settings.PayoutSettings;
import vn.ansinh.payout.settings.PayoutSettingsStore;
import vn.ansinh.platform.DomainException;

/**
 * Creates a DRAFT run. The registry is asked first, outside any transaction; then one transaction records the deaths
 * it reported, writes the run with its lines, exclusions and cash rows, checks what it wrote by reading it back, and
 * appends the audit entries. Either all of that is stored or none of it.
 */
@ApplicationScoped
public class RunCreation {

    private static final Logger LOG = Logger.getLogger(RunCreation.class);

    private static final String INSERT_RUN = """
            insert into payout_run (program_code, period, kind, status, created_by) values ($1, $2, $3, 'DRAFT', $4)
            returning id""";
    private static final String ENROLLED = "select count(*) from beneficiary where program_code = $1";
    private static final String CHOSEN_BENEFICIARIES = """
            select distinct beneficiary_id from payment where id = any ($1) and program_code = $2""";
    /**
     * Sort memory for this transaction only: classifying a million beneficiaries sorts list rows by CCCD and lines by
     * id, which spill to disk at PostgreSQL's 4 MB default (and the lines' sort, 110 MB, still did at 64 MB). A run is
     * made a few times a month, so the memory is cheap.
     */
    private static final String SORT_MEMORY = "set local work_mem = '256MB'";
    private static final String TOTALS = "update payout_run set line_count = $2, total_vnd = $3 where id = $1";
    private static final String READ_BACK = """
            select count(*), coalesce(sum(amount_vnd), 0)::bigint from payout_line where run_id = $1""";

    @Inject Pool pool;
    @Inject PayoutSettingsStore settingsStore;
    @Inject LifeCheck lifeCheck;
    @Inject DeathRecorder deaths;
    @Inject RegularRunWriter regularWriter;
    @Inject ReissueRunWriter reissueWriter;
    @Inject PayoutConfig config;
    @Inject AuditLog audit;

    /** Answers the new run's id. */
    public Uni<Long> create(RunRequest request, String actor) {
        return settingsStore.require(pool, request.programCode())
                .call(() -> refuseTooLarge(request))
                .chain(settings -> checkLife(request).chain(life ->
                        pool.withTransaction(connection -> store(connection, request, settings, life, actor))));
    }

    /** The run and everything it is made of, in one transaction: deaths, the run, lines, totals, audit. */
    private Uni<Long> store(SqlConnection connection, RunRequest request, PayoutSettings settings, LifeFindings life,
                            String actor) {
        var run = Tuple.of(request.programCode(), request.period().toString(), request.kind().name(), actor);
        return connection.query(SORT_MEMORY).execute()
                .chain(() -> connection.preparedQuery(INSERT_RUN).execute(run))
                .map(rows -> rows.iterator().next().getLong(0))
                .call(runId -> deaths.record(connection, request.programCode(), runId, life, actor))
                .call(runId -> write(connection, runId, request, settings, life)
                        .call(written -> finish(connection, runId, request, settings, life, written, actor))
                        .invoke(written -> LOG.infof("run %d created for %s %s: %d lines, %,d VND, %d excluded, %d in cash",
                                runId, request.programCode(), request.period(), written.lines(), written.totalVnd(),
                                written.exclusions(), written.cashPayments())));
    }

    private Uni<Void> refuseTooLarge(RunRequest request) {
        int max = config.linesPerRunMax();
        return switch (request) {
            case RunRequest.Regular regular -> pool.preparedQuery(ENROLLED).execute(Tuple.of(regular.programCode()))
                    .invoke(rows -> {
                        long enrolled = rows.iterator().next().getLong(0);
                        if (enrolled + regular.arrears().size() > max) {
                            throw DomainException.conflict("RUN_TOO_LARGE", "Program " + regular.programCode() + " has "
                                    + enrolled + " enrolled beneficiaries; a run holds at most " + max + " lines.");
                        }
                    }).replaceWithVoid();
            case RunRequest.Reissue reissue -> reissue.paymentIds().size() > config.reissuePaymentsMax()
                    ? Uni.createFrom().failure(DomainException.invalid("REISSUE_TOO_LARGE", "A re-issue run takes at most "
                            + config.reissuePaymentsMax() + " payments.", List.of()))
                    : Uni.createFrom().voidItem();
        };
    }

    private Uni<LifeFindings> checkLife(RunRequest request) {
        long began = System.nanoTime();
        return checkLifeOf(request).invoke(life -> LOG.infof("registry check for a %s run: %d beneficiaries in %d ms, "
                + "%d deceased, %d not found", request.programCode(), life.checked(),
                (System.nanoTime() - began) / 1_000_000, life.deceased().size(), life.notInRegistry().size()));
    }

    private Uni<LifeFindings> checkLifeOf(RunRequest request) {
        return switch (request) {
            case RunRequest.Regular regular -> lifeCheck.ofProgram(regular.programCode());
            case RunRequest.Reissue reissue -> pool.preparedQuery(CHOSEN_BENEFICIARIES)
                    .execute(Tuple.of(reissue.paymentIds().toArray(Long[]::new), reissue.programCode()))
                    .chain(rows -> {
                        var ids = new java.util.ArrayList<Long>();
                        rows.forEach(row -> ids.add(row.getLong(0)));
                        return lifeCheck.ofBeneficiaries(ids);
                    });
        };
    }

    private Uni<WrittenRun> write(SqlConnection connection, long runId, RunRequest request, PayoutSettings settings,
                                  LifeFindings life) {
        return switch (request) {
            case RunRequest.Regular regular -> regularWriter.write(connection, runId, regular, settings.benefitRule(), life);
            case RunRequest.Reissue reissue -> reissueWriter.write(connection, runId, reissue, life);
        };
    }

    private Uni<Void> finish(SqlConnection connection, long runId, RunRequest request, PayoutSettings settings,
                             LifeFindings life, WrittenRun written, String actor) {
        return connection.preparedQuery(TOTALS).execute(Tuple.of(runId, written.lines(), written.totalVnd()))
                .chain(() -> connection.preparedQuery(READ_BACK).execute(Tuple.of(runId)))
                .invoke(rows -> checkReadBack(runId, request, written, rows.iterator().next()))
                .chain(() -> LinesDigest.compute(connection, runId))
                .chain(digest -> RunCounts.exclusionsByReason(connection, runId).chain(exclusions -> {
                    var facts = createdFacts(request, settings, life, written, digest, exclusions);
                    return audit.append(connection, new AuditEvent(actor, "RUN_CREATED", "run:" + runId, facts));
                }))
                .replaceWithVoid();
    }

    /** The lines as stored must be exactly what the statements said they wrote; and nobody enrolled is unaccounted. */
    private static void checkReadBack(long runId, RunRequest request, WrittenRun written, io.vertx.mutiny.sqlclient.Row stored) {
        if (stored.getLong(0) != written.lines() || stored.getLong(1) != written.totalVnd()) {
            throw new IllegalStateException("run " + runId + ": stored " + stored.getLong(0) + " lines / "
                    + stored.getLong(1) + " VND, written " + written.lines() + " / " + written.totalVnd());
        }
        boolean everyoneAccounted = switch (request) {
            case RunRequest.Regular _ -> written.benefitLines() + written.exclusions() == written.considered();
            case RunRequest.Reissue reissue -> written.reissueLines() <= reissue.paymentIds().size()
                    && written.considered() == reissue.paymentIds().size();
        };
        if (!everyoneAccounted) {
            throw new IllegalStateException("run " + runId + ": " + written + " does not account for everyone considered");
        }
    }

    private static Map<String, Object> createdFacts(RunRequest request, PayoutSettings settings, LifeFindings life,
                                                    WrittenRun written, String digest, Map<String, Long> exclusions) {
        var facts = new LinkedHashMap<String, Object>();
        facts.put("program", request.programCode());
        facts.put("period", request.period().toString());
        facts.put("kind", request.kind().name());
        facts.put("lines", written.lines());
        facts.put("totalVnd", written.totalVnd());
        facts.put("benefitLines", written.benefitLines());
        facts.put("benefitVnd", written.benefitVnd());
        facts.put("arrearsLines", written.arrearsLines());
        facts.put("arrearsVnd", written.arrearsVnd());
        facts.put("reissueLines", written.reissueLines());
        facts.put("reissueVnd", written.reissueVnd());
        facts.put("exclusions", exclusions);
        facts.put("cashPayments", written.cashPayments());
        facts.put("cashVnd", written.cashVnd());
        facts.put("linesSha256", digest);
        facts.put("benefitRule", BenefitRuleJson.view(settings.benefitRule()));
        facts.put("registryChecked", life.checked());
        facts.put("registryDeceased", (long) life.deceased().size());
        facts.put("registryNotFound", (long) life.notInRegistry().size());
        switch (request) {
            case RunRequest.Regular regular -> facts.put("arrears", regular.arrears().stream().map(owed -> Map.of(
                    "beneficiaryId", owed.beneficiaryId(), "amountVnd", owed.amountVnd(),
                    "forPeriod", owed.forPeriod().toString(), "reason", owed.reason())).toList());
            case RunRequest.Reissue reissue -> facts.put("reissueOfPayments", reissue.paymentIds());
        }
        return facts;
    }
}
