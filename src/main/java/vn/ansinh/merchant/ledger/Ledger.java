package vn.ansinh.merchant.ledger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import vn.ansinh.merchant.BusinessCalendar;
import vn.ansinh.merchant.MerchantConfig;

/**
 * What every booking into {@code merchant_entry} shares: the lock that keeps it out of a running cutover, and the
 * business date it lands on.
 *
 * <p>A booking takes the table in ROW EXCLUSIVE mode in a statement of its own, before it inserts; a cutover takes
 * it in SHARE mode. So a cutover waits for bookings in flight to commit, and bookings that arrive meanwhile wait
 * for the cutover, then take a fresh snapshot in their next statement and see the batch it made. That is why the
 * business date is decided in SQL, in the inserting statement: the calendar's date, or the day after the last
 * settled date when the cutover for today already ran. No entry can land on a date that is settled.
 */
@ApplicationScoped
public class Ledger {

    static final String BOOKING_LOCK = "lock table merchant_entry in row exclusive mode";
    static final String CUTOVER_LOCK = "lock table merchant_entry in share mode";
    private static final String OPEN_DATE = "select " + openDateSql("$1");

    private final Clock clock = Clock.systemUTC();
    private final BusinessCalendar calendar;

    @Inject
    public Ledger(MerchantConfig config) {
        this.calendar = new BusinessCalendar(config.cutoverTime());
    }

    /**
     * The SQL for the date a booking made now lands on, given the calendar's date as the parameter {@code param}:
     * the calendar's date unless it is settled already, else the day after the last settled one.
     */
    public static String openDateSql(String param) {
        return "greatest(" + param + "::date, (select coalesce(max(business_date) + 1, " + param
                + "::date) from settlement_batch))";
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    /** The calendar's business date now; bind it to {@link #openDateSql}. */
    public LocalDate calendarDateNow() {
        return calendar.dateOf(clock.instant());
    }

    /** First statement of every booking transaction. */
    public Uni<Void> lockForBooking(SqlConnection connection) {
        return connection.query(BOOKING_LOCK).execute().replaceWithVoid();
    }

    /** First statement of a cutover: waits for bookings in flight, holds new ones until it commits. */
    public Uni<Void> lockForCutover(SqlConnection connection) {
        return connection.query(CUTOVER_LOCK).execute().replaceWithVoid();
    }

    /** The date bookings land on now: today's business date, or later if today is already settled. */
    public Uni<LocalDate> openDate(SqlConnection connection) {
        return connection.preparedQuery(OPEN_DATE).execute(io.vertx.mutiny.sqlclient.Tuple.of(calendarDateNow()))
                .map(rows -> rows.iterator().next().getLocalDate(0));
    }
}
