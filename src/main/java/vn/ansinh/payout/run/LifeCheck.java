package vn.ansinh.payout.run;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.identity.registry.PopulationRegistry;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.remote.CounterpartyUnavailable;

/**
 * A fresh registry check of the beneficiaries a run is about to pay, a page of CCCDs at a time, before any
 * transaction opens: a registry call must never hold database locks. When the registry cannot answer, the run is
 * not created, because paying without the check could pay the dead.
 */
@ApplicationScoped
public class LifeCheck {

    private static final String ACTIVE_PAGE = """
            select id, cccd from beneficiary where program_code = $1 and status = 'ACTIVE' and id > $2
            order by id limit $3""";
    private static final String CHOSEN_PAGE = """
            select id, cccd from beneficiary where id = any ($1) and status = 'ACTIVE' and id > $2
            order by id limit $3""";

    @Inject Pool pool;
    @Inject PopulationRegistry registry;
    @Inject PayoutConfig config;

    /** Every ACTIVE beneficiary of the program. */
    public Uni<LifeFindings> ofProgram(String programCode) {
        return pages(ACTIVE_PAGE, programCode, new Found(), 0);
    }

    /** Only these beneficiaries (a re-issue), those still ACTIVE. */
    public Uni<LifeFindings> ofBeneficiaries(List<Long> beneficiaryIds) {
        return pages(CHOSEN_PAGE, beneficiaryIds.toArray(Long[]::new), new Found(), 0);
    }

    /** One page of beneficiaries to check; full when there may be more after it. */
    private record Page(Map<String, Long> idByCccd, long lastId, boolean full) {
    }

    private Uni<LifeFindings> pages(String query, Object scope, Found found, long afterId) {
        return page(query, scope, afterId).chain(first -> checkFrom(query, scope, found, first));
    }

    /**
     * The registry checks a page while the next page is read from the database, so neither waits for the other; the
     * findings are still recorded one page at a time.
     */
    private Uni<LifeFindings> checkFrom(String query, Object scope, Found found, Page current) {
        if (!current.full()) {
            return lookup(current.idByCccd(), found).map(done -> found.findings());
        }
        return Uni.combine().all().unis(lookup(current.idByCccd(), found), page(query, scope, current.lastId()))
                .asTuple().chain(both -> checkFrom(query, scope, found, both.getItem2()));
    }

    private Uni<Page> page(String query, Object scope, long afterId) {
        int pageMax = config.registryCccdsPerPageMax();
        return pool.preparedQuery(query).execute(Tuple.of(scope, afterId, pageMax)).map(rows -> {
            var idByCccd = new HashMap<String, Long>(rows.size() * 2);
            long lastId = afterId;
            for (var row : rows) {
                idByCccd.put(row.getString(1), row.getLong(0));
                lastId = row.getLong(0);
            }
            return new Page(idByCccd, lastId, rows.size() == pageMax);
        });
    }

    private Uni<Void> lookup(Map<String, Long> idByCccd, Found found) {
        return registry.lookup(idByCccd.keySet())
                .onFailure(CounterpartyUnavailable.class).transform(unavailable -> new DomainException(
                        DomainException.Kind.UNAVAILABLE, "REGISTRY_UNAVAILABLE", "The population registry cannot "
                        + "answer, so nobody can be checked alive: try creating the run again later."))
                .invoke(citizens -> idByCccd.forEach((cccd, id) -> {
                    found.checked++;
                    var citizen = citizens.get(cccd);
                    if (citizen == null) found.notInRegistry.add(id);
                    else if (citizen.deceased()) found.deceased.add(id);
                }))
                .replaceWithVoid();
    }

    /** The findings so far; pages are checked one after another (only reading overlaps), so no two threads touch it. */
    private static final class Found {
        long checked;
        final List<Long> deceased = new ArrayList<>();
        final List<Long> notInRegistry = new ArrayList<>();

        LifeFindings findings() {
            return new LifeFindings(checked, deceased, notInRegistry);
        }
    }
}
