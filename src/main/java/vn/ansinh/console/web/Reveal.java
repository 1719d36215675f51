package vn.ansinh.console.web;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import vn.ansinh.audit.AuditEvent;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.identity.Masking;
import vn.ansinh.platform.DomainException;

/**
 * Shows one person's CCCD or account number unmasked to someone allowed to see it, and records that they saw it:
 * the audit entry is written in the same transaction as the read, so no value leaves without its entry. The entry
 * itself keeps only the masked form.
 */
@ApplicationScoped
public class Reveal {

    /** Which stored value: a row of an uploaded list or a line of a payout run, and which of its two numbers. */
    public enum Source { LIST, RUN }

    public enum Field { CCCD, ACCOUNT }

    private static final String LIST_ROW = "select cccd, account_number from list_row where list_id = $1 and row_number = $2";
    private static final String RUN_LINE = "select cccd, account_number from payout_line where run_id = $1 and line_no = $2";

    @Inject Pool pool;
    @Inject AuditLog audit;

    public Uni<String> reveal(Source source, long id, long item, Field field, String actor) {
        String query = switch (source) {
            case LIST -> LIST_ROW;
            case RUN -> RUN_LINE;
        };
        String subject = switch (source) {
            case LIST -> "list:" + id + ":row:" + item;
            case RUN -> "run:" + id + ":line:" + item;
        };
        return pool.withTransaction(connection -> connection.preparedQuery(query).execute(Tuple.of(id, item)).chain(rows -> {
            if (rows.size() == 0) throw DomainException.notFound("NOT_FOUND", "There is no " + subject + ".");
            var row = rows.iterator().next();
            String value = field == Field.CCCD ? row.getString(0) : row.getString(1);
            String masked = field == Field.CCCD ? Masking.cccd(value) : Masking.account(value);
            return audit.append(connection, new AuditEvent(actor, "PII_REVEALED", subject,
                    Map.of("field", field.name(), "masked", masked))).replaceWith(value);
        }));
    }
}
