package vn.ansinh.payout.run;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.ansinh.payout.settings.PayoutSettings;
import vn.ansinh.rails.id.EndToEndId;

/**
 * Turns a run's lines into payments at release: one payment per line in state CREATED under the line's end-to-end
 * id, its CREATED event, and the outbox rows that ask the dispatcher to send. It sends nothing itself.
 *
 * <p>End-to-end ids are computed here with {@link EndToEndId#forRunLine}, a chunk of line numbers at a time, and
 * joined to the lines in SQL; line numbers of a run are 1..line_count without gaps, so the chunks cover every line.
 */
@ApplicationScoped
public class PaymentWriter {

    /** The event that opens each payment's history; there is no state before creation, so it comes from NONE. */
    static final String FROM_NOTHING = "NONE";

    /**
     * A chunk's payments and, in the same statement, their CREATED events: no second pass over the payments. It
     * answers what it stored (payments, their sum, events), so the release is checked against the approved lines
     * without reading a million payments back.
     */
    private static final String PAYMENTS = """
            with created as (
                insert into payment (end_to_end_id, run_id, line_no, program_code, period, beneficiary_id, debtor_bin,
                    debtor_account, creditor_bin, creditor_account, creditor_name, amount_vnd, rail, state, reissue_of)
                select t.e2e, l.run_id, l.line_no, $2, $3, l.beneficiary_id, $4, $5, l.bank_bin, l.account_number,
                    l.full_name, l.amount_vnd, $6, 'CREATED', l.reissue_of_payment
                from unnest($7::int[], $8::text[]) as t(line_no, e2e)
                join payout_line l on l.run_id = $1 and l.line_no = t.line_no
                returning id, amount_vnd
            ), events as (
                insert into payment_event (payment_id, seq, from_state, to_state, source, actor)
                select id, 1, $9, 'CREATED', 'run:' || $1::bigint || ':release', $10 from created
                returning 1
            )
            select (select count(*) from created), (select coalesce(sum(amount_vnd), 0) from created)::bigint,
                (select count(*) from events)""";

    private static final String SEND_FILE = "insert into outbox (kind, run_id, bank_bin) values ('SEND_FILE', $1, $2)";
    private static final String SEND_INSTANT = """
            insert into outbox (kind, payment_id, run_id, bank_bin)
            select 'SEND_INSTANT', id, run_id, debtor_bin from payment where run_id = $1 order by line_no""";

    @Inject PayoutConfig config;

    /** What the payment statements stored, summed over the chunks. */
    private record Stored(long payments, long vnd, long events) {
        static final Stored NONE = new Stored(0, 0, 0);

        Stored plus(Row chunk) {
            return new Stored(payments + chunk.getLong(0), vnd + chunk.getLong(1), events + chunk.getLong(2));
        }
    }

    /**
     * Writes payments, events and outbox rows; answers how many outbox rows ask for sending. Fails, and so rolls the
     * release back, unless the payments stored are the lines as approved, in number and sum, with one event each.
     */
    public Uni<Long> write(SqlConnection connection, RunRecord run, PayoutSettings settings, String actor) {
        return payments(connection, run, settings, actor, 1, Stored.NONE)
                .invoke(stored -> {
                    if (stored.payments() != run.lineCount() || stored.vnd() != run.totalVnd()
                            || stored.events() != run.lineCount()) {
                        throw new IllegalStateException("run " + run.id() + ": stored " + stored.payments()
                                + " payments, " + stored.vnd() + " VND, " + stored.events() + " events; approved "
                                + run.lineCount() + " lines, " + run.totalVnd() + " VND");
                    }
                })
                .chain(() -> outbox(connection, run, settings));
    }

    private Uni<Stored> payments(SqlConnection connection, RunRecord run, PayoutSettings settings, String actor,
                                 long fromLine, Stored stored) {
        if (fromLine > run.lineCount()) return Uni.createFrom().item(stored);
        int size = (int) Math.min(config.paymentsPerInsertMax(), run.lineCount() - fromLine + 1);
        var lineNumbers = new Integer[size];
        var ids = new String[size];
        for (int i = 0; i < size; i++) {
            long line = fromLine + i;
            lineNumbers[i] = Math.toIntExact(line);
            ids[i] = EndToEndId.forRunLine(run.id(), line).value();
        }
        var values = Tuple.tuple().addLong(run.id()).addString(run.programCode()).addString(run.period().toString())
                .addString(settings.fundingBin().digits()).addString(settings.fundingAccount().digits())
                .addString(settings.rail().name()).addArrayOfInteger(lineNumbers).addArrayOfString(ids)
                .addString(FROM_NOTHING).addString(actor);
        return connection.preparedQuery(PAYMENTS).execute(values).chain(result ->
                payments(connection, run, settings, actor, fromLine + size, stored.plus(result.iterator().next())));
    }

    private static Uni<Long> outbox(SqlConnection connection, RunRecord run, PayoutSettings settings) {
        if (run.lineCount() == 0) return Uni.createFrom().item(0L);
        return switch (settings.rail()) {
            case FILE -> connection.preparedQuery(SEND_FILE).execute(Tuple.of(run.id(), settings.fundingBin().digits()))
                    .map(result -> (long) result.rowCount());
            case INSTANT -> connection.preparedQuery(SEND_INSTANT).execute(Tuple.of(run.id()))
                    .map(result -> (long) result.rowCount());
        };
    }
}
