package vn.ansinh.console.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import vn.ansinh.access.Roles;
import vn.ansinh.beneficiary.Programs;
import vn.ansinh.payout.correction.Corrections;
import vn.ansinh.payout.run.PayoutConfig;
import vn.ansinh.payout.run.RunApproval;
import vn.ansinh.payout.run.RunCreation;
import vn.ansinh.payout.run.RunRelease;
import vn.ansinh.payout.run.RunRequestJson;
import vn.ansinh.payout.run.RunSubmission;
import vn.ansinh.payout.run.RunViews;
import vn.ansinh.platform.DomainException;

/**
 * Payout runs: make one for a program and period, read its totals, lines and exclusions, submit, approve (never
 * one's own: the page offers no button and the service refuses anyway), release, and watch its payments move.
 */
@Path("/console/runs")
@Produces(Pages.HTML)
public class RunsPage {

    static final int RUNS_SHOWN = 50;
    static final int LINES_SHOWN = 50;

    @Inject Pages pages;
    @Inject Viewer viewer;
    @Inject Programs programs;
    @Inject RunViews views;
    @Inject RunCreation creation;
    @Inject RunSubmission submission;
    @Inject RunApproval approval;
    @Inject RunRelease release;
    @Inject Corrections corrections;
    @Inject PayoutConfig config;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<Response> index() {
        return index(Map.of(), "", "", 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OFFICER)
    public Uni<Response> create(@RestForm String program, @RestForm String period) {
        var body = JsonNodeFactory.instance.objectNode().put("program", Objects.toString(program, "").strip())
                .put("period", Objects.toString(period, "").strip());
        try {
            var request = RunRequestJson.read(body, config);
            return creation.create(request, viewer.username())
                    .map(id -> Response.seeOther(URI.create("/console/runs/" + id)).build())
                    .onFailure(DomainException.class).recoverWithUni(e -> index(FieldErrors.of((DomainException) e),
                            program, period, 400));
        } catch (DomainException refused) {
            return index(FieldErrors.of(refused), program, period, 400);
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<Response> show(@PathParam("id") long id, @QueryParam("after") @DefaultValue("0") long afterLine) {
        return show(id, afterLine, Map.of(), 200);
    }

    /** The payments fragment htmx polls on a released run, so people see payments move from CREATED to SETTLED. */
    @GET
    @Path("/{id}/payments")
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<Response> payments(@PathParam("id") long id) {
        return views.summary(id).map(run -> Pages.html(pages.page("run-payments.html", viewer).data("run", run)));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.OFFICER)
    public Uni<Response> submit(@PathParam("id") long id) {
        return step(id, submission.submit(id, viewer.username()));
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.APPROVER)
    public Uni<Response> approve(@PathParam("id") long id, @RestForm String linesSha256) {
        var seen = Optional.ofNullable(linesSha256).filter(hash -> !hash.isBlank());
        return step(id, approval.approve(id, viewer.username(), seen).replaceWithVoid());
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.APPROVER)
    public Uni<Response> reject(@PathParam("id") long id, @RestForm String reason) {
        return step(id, Uni.createFrom().voidItem().chain(() -> approval.reject(id, viewer.username(), reason)));
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed(Roles.OFFICER)
    public Uni<Response> release(@PathParam("id") long id) {
        return step(id, release.release(id, viewer.username()));
    }

    /** Payments that failed (rejected or returned) and are not yet re-issued, with a form to re-issue them. */
    @GET
    @Path("/corrections")
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<Response> corrections(@QueryParam("program") String program) {
        var page = pages.page("corrections.html", viewer).data("program", Objects.toString(program, ""))
                .data("errors", Map.of());
        Uni<List<Map<String, Object>>> failed = program == null || program.isBlank() ? Uni.createFrom().item(List.of())
                : corrections.page(program.strip(), 0, config.pageRowsMax());
        return programs.all().invoke(all -> page.data("programs", all)).chain(() -> failed)
                .map(found -> Pages.html(page.data("payments", found)));
    }

    @POST
    @Path("/reissue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OFFICER)
    public Uni<Response> reissue(@RestForm String program, @RestForm String period, @RestForm List<Long> paymentIds) {
        var body = JsonNodeFactory.instance.objectNode().put("program", Objects.toString(program, "").strip())
                .put("period", Objects.toString(period, "").strip()).put("kind", "REISSUE");
        var ids = body.putArray("paymentIds");
        (paymentIds == null ? List.<Long>of() : paymentIds).forEach(ids::add);
        try {
            return creation.create(RunRequestJson.read(body, config), viewer.username())
                    .map(id -> Response.seeOther(URI.create("/console/runs/" + id)).build());
        } catch (DomainException refused) {
            return Uni.createFrom().failure(refused);
        }
    }

    private Uni<Response> step(long id, Uni<Void> change) {
        return change.map(done -> Response.seeOther(URI.create("/console/runs/" + id)).build())
                .onFailure(e -> e instanceof DomainException refused && refused.kind() != DomainException.Kind.FORBIDDEN)
                .recoverWithUni(e -> show(id, 0, FieldErrors.of((DomainException) e), 409));
    }

    private Uni<Response> show(long id, long afterLine, Map<String, String> errors, int status) {
        var page = pages.page("run.html", viewer).data("errors", errors);
        return views.summary(id).invoke(run -> page.data("run", run).data("maker", isMaker(run)))
                .chain(() -> views.lines(id, afterLine, LINES_SHOWN)).invoke(lines -> page.data("lines", lines)
                        .data("nextAfter", lines.size() == LINES_SHOWN ? ((Number) lines.getLast().get("lineNo")).longValue() : 0L))
                .chain(() -> views.exclusions(id, Optional.empty(), 0, LINES_SHOWN))
                .map(excluded -> Pages.html(page.data("excluded", excluded), status));
    }

    /** The maker-checker rule as the page applies it: whoever made or submitted the run is not offered approval. */
    private boolean isMaker(Map<String, Object> run) {
        String me = viewer.username();
        return me.equals(run.get("createdBy")) || me.equals(run.get("submittedBy"));
    }

    private Uni<Response> index(Map<String, String> errors, String program, String period, int status) {
        var page = pages.page("runs.html", viewer).data("errors", errors).data("program", Objects.toString(program, ""))
                .data("period", Objects.toString(period, ""));
        return programs.all().invoke(all -> page.data("programs", all))
                .chain(() -> views.list(Optional.empty(), Optional.empty(), Long.MAX_VALUE, RUNS_SHOWN))
                .map(runs -> Pages.html(page.data("runs", runs).data("queue", runs.stream()
                        .filter(run -> "SUBMITTED".equals(run.get("status"))).toList()), status));
    }
}
