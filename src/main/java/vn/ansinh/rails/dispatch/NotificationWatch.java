package vn.ansinh.rails.dispatch;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.Collection;

/**
 * Starts reading a paying bank's return notifications the first time the engine hands that bank a payment: one
 * cursor row and one POLL_NOTIFICATIONS outbox row per bank, forever rescheduled. The cursor's primary key makes
 * the pair unique even when engines race to create it.
 */
final class NotificationWatch {

    private static final String ENSURE = """
            with added as (
                insert into notification_cursor (bank_bin) select distinct unnest($1::text[])
                on conflict (bank_bin) do nothing
                returning bank_bin)
            insert into outbox (kind, bank_bin, not_before)
            select 'POLL_NOTIFICATIONS', bank_bin, now() + $2 * interval '1 millisecond' from added""";

    private NotificationWatch() {
    }

    static Uni<Void> ensure(SqlClient sql, Collection<String> bankBins, Duration firstAfter) {
        if (bankBins.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return sql.preparedQuery(ENSURE).execute(Tuple.of(bankBins.toArray(String[]::new), firstAfter.toMillis()))
                .replaceWithVoid();
    }
}
