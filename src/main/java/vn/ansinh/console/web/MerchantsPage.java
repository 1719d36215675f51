package vn.ansinh.console.web;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.access.Roles;
import vn.ansinh.identity.Masking;

/** Merchant settlement per business day, and per merchant on the chosen day. */
@Path("/console/merchants")
@Produces(Pages.HTML)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class MerchantsPage {

    public record Day(LocalDate date, String status, long merchants, long sales, long grossVnd, long feeVnd, long netVnd) {}

    public record Line(String merchant, String bin, String account, long sales, long grossVnd, long reversalsVnd,
                       long refundsVnd, long feeVnd, long netVnd) {}

    static final int DAYS_SHOWN = 31;

    private static final String DAYS = """
            select business_date, status, merchant_count, sale_count, gross_vnd, fee_vnd, net_vnd from settlement_batch
            order by business_date desc limit $1""";
    private static final String LINES = """
            select m.name, l.settlement_bin, l.settlement_account, l.sale_count, l.gross_vnd, l.reversals_vnd,
                l.refunds_vnd, l.fee_vnd, l.net_vnd
            from settlement_line l join settlement_batch b on b.id = l.batch_id join merchant m on m.id = l.merchant_id
            where b.business_date = $1 order by m.name""";

    @Inject Pages pages;
    @Inject Viewer viewer;
    @Inject Pool pool;

    @GET
    public Uni<Response> settlement(@QueryParam("date") String date) {
        var page = pages.page("merchants.html", viewer);
        return pool.preparedQuery(DAYS).execute(Tuple.of(DAYS_SHOWN)).chain(rows -> {
            var days = new ArrayList<Day>();
            rows.forEach(row -> days.add(new Day(row.getLocalDate(0), row.getString(1), row.getLong(2), row.getLong(3),
                    row.getLong(4), row.getLong(5), row.getLong(6))));
            page.data("days", days);
            var chosen = parse(date).or(() -> days.stream().findFirst().map(Day::date));
            page.data("date", chosen.map(LocalDate::toString).orElse(""));
            if (chosen.isEmpty()) return Uni.createFrom().item(List.<Line>of());
            return pool.preparedQuery(LINES).execute(Tuple.of(chosen.get())).map(found -> {
                var lines = new ArrayList<Line>();
                found.forEach(row -> lines.add(new Line(row.getString(0), row.getString(1),
                        Masking.account(row.getString(2)), row.getLong(3), row.getLong(4), row.getLong(5),
                        row.getLong(6), row.getLong(7), row.getLong(8))));
                return lines;
            });
        }).map(lines -> Pages.html(page.data("lines", lines)));
    }

    private static java.util.Optional<LocalDate> parse(String text) {
        try {
            return text == null || text.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }
}
