package vn.ansinh.console.web;

import io.smallrye.common.annotation.Blocking;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.ansinh.access.Roles;
import vn.ansinh.beneficiary.Programs;
import vn.ansinh.beneficiary.intake.Outcome;
import vn.ansinh.beneficiary.list.BeneficiaryLists;
import vn.ansinh.beneficiary.list.IntakeService;
import vn.ansinh.beneficiary.list.ListProgress;
import vn.ansinh.beneficiary.list.ListRows;
import vn.ansinh.beneficiary.list.ListStatus;
import vn.ansinh.beneficiary.list.OutcomeReport;
import vn.ansinh.platform.DomainException;

/** Beneficiary lists: upload with live progress, outcomes filtered by outcome and reason, review, report download. */
@Path("/console/lists")
@Produces(Pages.HTML)
public class ListsPage {

    static final int ROWS_PER_PAGE = 50;
    private static final Duration DATABASE_WAIT_MAX = Duration.ofSeconds(30);

    @Inject Pages pages;
    @Inject Viewer viewer;
    @Inject Programs programs;
    @Inject ListReads reads;
    @Inject IntakeService intake;
    @Inject BeneficiaryLists lists;
    @Inject ListRows rows;
    @Inject OutcomeReport report;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<Response> index() {
        return uploadPage(Map.of(), "", 200);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.OFFICER)
    @Blocking
    public Response upload(@RestForm String program, @RestForm("file") FileUpload file) {
        var words = Messages.of(viewer.language());
        String chosen = program == null ? "" : program.strip();
        if (chosen.isEmpty()) return await(uploadPage(FieldErrors.one("program", words.get("program_required")), chosen, 400));
        if (file == null || file.size() == 0) {
            return await(uploadPage(FieldErrors.one("file", words.get("file_required")), chosen, 400));
        }
        try {
            var accepted = intake.accept(chosen, file.uploadedFile(), file.fileName(), viewer.username());
            return Response.seeOther(URI.create("/console/lists/" + accepted.id())).build();
        } catch (DomainException refused) {
            var errors = FieldErrors.of(refused);
            // A refusal of the file as a whole (wrong header, duplicate) belongs next to the file field.
            var shown = errors.containsKey(FieldErrors.FORM) ? FieldErrors.one(
                    refused.code().startsWith("PROGRAM") ? "program" : "file", errors.get(FieldErrors.FORM)) : errors;
            int status = switch (refused.kind()) {
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
                case TOO_LARGE -> 413;
                case INVALID, FORBIDDEN, UNAUTHENTICATED, UNAVAILABLE -> 400;
            };
            return await(uploadPage(shown, chosen, status));
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<Response> show(@PathParam("id") long id, @QueryParam("outcome") String outcome,
                              @QueryParam("reason") String reason, @QueryParam("after") @DefaultValue("0") long after) {
        var filter = outcomeOf(outcome);
        return found(id).chain(list -> rows.page(id, filter, reasonOf(reason), after, ROWS_PER_PAGE).map(page -> Pages.html(
                pages.page("list.html", viewer).data("list", list).data("progress", progressView(list))
                        .data("rows", page).data("outcomes", Outcome.values())
                        .data("outcome", filter.map(Enum::name).orElse("")).data("reason", reason == null ? "" : reason)
                        .data("errors", Map.of()).data("reviewedRow", 0L)
                        .data("nextAfter", page.size() == ROWS_PER_PAGE ? page.getLast().row() : 0L))));
    }

    /** The progress fragment htmx polls while the list is being verified; it stops polling once the list is done. */
    @GET
    @Path("/{id}/progress")
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<Response> progress(@PathParam("id") long id) {
        return found(id).map(list -> Pages.html(pages.page("list-progress.html", viewer).data("list", list)
                .data("progress", progressView(list))));
    }

    @POST
    @Path("/{id}/rows/{row}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OFFICER)
    public Uni<Response> review(@PathParam("id") long id, @PathParam("row") long row, @RestForm String decision,
                                @RestForm String reason) {
        var words = Messages.of(viewer.language());
        var chosen = Arrays.stream(ListRows.Decision.values()).filter(d -> d.name().equals(decision)).findFirst();
        if (chosen.isEmpty()) return reviewRefused(id, row, FieldErrors.one("decision", words.get("decision_required")));
        if (reason == null || reason.isBlank()) return reviewRefused(id, row, FieldErrors.one("reason", words.get("reason_required")));
        return found(id).chain(list -> rows.review(list.programCode(), id, row, chosen.get(), reason, viewer.username()))
                .map(done -> Response.seeOther(URI.create("/console/lists/" + id + "?outcome=NEEDS_REVIEW")).build())
                .onFailure(DomainException.class).recoverWithUni(e -> reviewRefused(id, row, FieldErrors.of((DomainException) e)));
    }

    @GET
    @Path("/{id}/report")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Blocking
    public Response download(@PathParam("id") long id, @QueryParam("format") String format) {
        var list = await(found(id));
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        StreamingOutput body = out -> report.write(list.id(), xlsx, out);
        return Response.ok(body, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"list-" + id + "-outcomes." + (xlsx ? "xlsx" : "csv") + "\"")
                .build();
    }

    /** What the progress bar shows: rows read of rows total, speed, time left. */
    public record ProgressView(long percent, long rowsPerSecond, long etaSeconds, boolean done) {}

    static ProgressView progressView(ListProgress list) {
        var now = Instant.now();
        long settled = list.verified() + list.rejected() + list.needsReview();
        long percent = list.rowsTotal() == 0 ? 100 : Math.min(100, settled * 100 / list.rowsTotal());
        boolean done = list.status() == ListStatus.COMPLETED || list.status() == ListStatus.FAILED;
        return new ProgressView(done ? 100 : percent, list.rowsPerSecond(now), list.etaSeconds(now).orElse(0), done);
    }

    private Uni<Response> uploadPage(Map<String, String> errors, String program, int status) {
        var page = pages.page("lists.html", viewer).data("errors", errors).data("program", program);
        return programs.all().invoke(all -> page.data("programs", all)).chain(reads::recent)
                .map(recent -> Pages.html(page.data("lists", recent), status));
    }

    private Uni<Response> reviewRefused(long id, long row, Map<String, String> errors) {
        return found(id).chain(list -> rows.page(id, Optional.of(Outcome.NEEDS_REVIEW), Optional.empty(), 0, ROWS_PER_PAGE)
                .map(page -> Pages.html(pages.page("list.html", viewer).data("list", list).data("progress", progressView(list))
                        .data("rows", page).data("outcomes", Outcome.values()).data("outcome", "NEEDS_REVIEW")
                        .data("reason", "").data("errors", errors).data("reviewedRow", row).data("nextAfter", 0L), 400)));
    }

    private Uni<ListProgress> found(long id) {
        return lists.find(id).map(found -> found.orElseThrow(() ->
                DomainException.notFound("LIST_NOT_FOUND", "There is no list " + id + ".")));
    }

    private static Optional<Outcome> outcomeOf(String text) {
        return Arrays.stream(Outcome.values()).filter(outcome -> outcome.name().equals(text)).findFirst();
    }

    private static Optional<String> reasonOf(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(reason -> !reason.isEmpty());
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(DATABASE_WAIT_MAX);
    }
}
