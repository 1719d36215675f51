package vn.ansinh.console.web;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.ansinh.access.Roles;
import vn.ansinh.beneficiary.Programs;

/** The first page after signing in: what is in flight and where money stands, with charts where a glance beats a table. */
@Path("/console")
@Produces(Pages.HTML)
@RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
public class DashboardPage {

    @Inject Pages pages;
    @Inject Viewer viewer;
    @Inject Programs programs;
    @Inject DashboardReads reads;

    @GET
    public Uni<Response> dashboard() {
        var words = Messages.of(viewer.language());
        var formats = new Formats(viewer.language());
        var page = pages.page("dashboard.html", viewer);
        return programs.all().invoke(all -> page.data("programs", all))
                .chain(reads::runsByState).invoke(runs -> page.data("runsByState", runs))
                .chain(reads::moneyByPaymentState).invoke(money -> page.data("moneyByState", money))
                .chain(reads::recentVerdicts).invoke(verdicts -> page.data("verdicts", verdicts))
                .chain(reads::payoutsPerCommune).invoke(communes -> page.data("communeChart",
                        money(words.get("chart_communes"), communes, formats)))
                .chain(reads::rejectionReasons).invoke(reasons -> page.data("reasonChart",
                        counts(words.get("chart_reasons"), reasons, formats)))
                .chain(reads::breakAgeing).invoke(ages -> page.data("ageChart", counts(words.get("chart_ageing"),
                        ages.stream().map(age -> new DashboardReads.Tally(words.getOrDefault("age_" + age.name(),
                                age.name()), age.count(), age.totalVnd())).toList(), formats)))
                .map(ignored -> Pages.html(page));
    }

    private static BarChart money(String title, List<DashboardReads.Tally> tallies, Formats formats) {
        return BarChart.of(title, tallies.stream().map(tally -> new BarChart.Entry(tally.name(), tally.totalVnd(),
                formats.vnd(tally.totalVnd()))).toList());
    }

    private static BarChart counts(String title, List<DashboardReads.Tally> tallies, Formats formats) {
        return BarChart.of(title, tallies.stream().map(tally -> new BarChart.Entry(tally.name(), tally.count(),
                formats.count(tally.count()))).toList());
    }
}
