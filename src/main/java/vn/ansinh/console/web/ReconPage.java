package vn.ansinh.console.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import vn.ansinh.access.Roles;
import vn.ansinh.platform.DomainException;
import vn.ansinh.recon.export.Exports;
import vn.ansinh.recon.run.LineRef;
import vn.ansinh.recon.run.ReconciliationViews;
import vn.ansinh.recon.run.Resolutions;

/**
 * Reconciliations: the verdict and statement, breaks by class and age with the resolve actions the API offers
 * (confirm a proposal, match by hand, unmatch, write off, note), and the auditor's downloads. Each action calls the
 * same {@link Resolutions} as the API, under the same roles, so the console can do nothing the API could not.
 */
@Path("/console/reconciliations")
@Produces(Pages.HTML)
@RolesAllowed({Roles.AUDITOR, Roles.OFFICER})
public class ReconPage {

    private static final Duration DATABASE_WAIT_MAX = Duration.ofSeconds(30);
    /** A page lists this many matches at most; a month of instant payments can match tens of thousands of lines. */
    static final int MATCHES_SHOWN_MAX = 200;

    @Inject Pages pages;
    @Inject Viewer viewer;
    @Inject DashboardReads reads;
    @Inject ReconciliationViews views;
    @Inject Resolutions resolutions;
    @Inject Exports exports;

    @GET
    @Blocking
    public Response index() {
        var verdicts = reads.recentVerdicts().await().atMost(DATABASE_WAIT_MAX);
        return Pages.html(pages.page("reconciliations.html", viewer).data("verdicts", verdicts));
    }

    @GET
    @Path("/{id}")
    @Blocking
    public Response show(@PathParam("id") long id) {
        return show(id, Map.of(), "", "", 200);
    }

    @POST
    @Path("/{id}/breaks/{ref}/write-off")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AUDITOR)
    @Blocking
    public Response writeOff(@PathParam("id") long id, @PathParam("ref") String ref, @RestForm String reason) {
        return act(id, "write-off", ref, () -> resolutions.writeOff(id, ref, reason, viewer.username()));
    }

    @POST
    @Path("/{id}/proposals/{line}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AUDITOR)
    @Blocking
    public Response confirm(@PathParam("id") long id, @PathParam("line") String line, @RestForm String note) {
        return act(id, "confirm", line, () -> resolutions.confirmProposal(id, LineRef.parse(line),
                Optional.ofNullable(note).filter(t -> !t.isBlank()), viewer.username()));
    }

    @POST
    @Path("/{id}/matches")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AUDITOR)
    @Blocking
    public Response match(@PathParam("id") long id, @RestForm String line, @RestForm String endToEndIds,
                          @RestForm String reason) {
        return act(id, "match", "", () -> resolutions.matchByHand(id, LineRef.parse(line), ids(endToEndIds), reason,
                viewer.username()));
    }

    @POST
    @Path("/{id}/matches/{line}/unmatch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AUDITOR)
    @Blocking
    public Response unmatch(@PathParam("id") long id, @PathParam("line") String line, @RestForm String reason) {
        return act(id, "unmatch", line, () -> resolutions.unmatch(id, LineRef.parse(line), reason, viewer.username()));
    }

    /** Officers may note too, as in the API: a note changes no number. */
    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.AUDITOR, Roles.OFFICER})
    @Blocking
    public Response note(@PathParam("id") long id, @RestForm String text) {
        return act(id, "note", "", () -> resolutions.note(id, Optional.empty(), text, viewer.username()));
    }

    @GET
    @Path("/{id}/download/{document}")
    @Produces({Exports.CSV, Exports.XLSX, Exports.PDF})
    @Blocking
    public Response download(@PathParam("id") long id, @PathParam("document") String document) {
        var chosen = switch (document) {
            case "statement.csv" -> Exports.Document.STATEMENT_CSV;
            case "breaks.csv" -> Exports.Document.BREAKS_CSV;
            case "report.xlsx" -> Exports.Document.XLSX;
            case "report.pdf" -> Exports.Document.PDF;
            default -> throw DomainException.notFound("DOCUMENT_NOT_FOUND", "There is no document " + document + ".");
        };
        return exports.export(id, chosen);
    }

    /** The page, with a refused action's errors beside the form of that action and, in a list, of that row. */
    private Response show(long id, Map<String, String> errors, String failedAction, String failedRef, int status) {
        var reconciliation = views.reconciliation(id);
        var breaks = views.breaks(id);
        return Pages.html(pages.page("reconciliation.html", viewer).data("r", reconciliation)
                .data("statement", reconciliation.get("statement")).data("breaks", breaks)
                .data("byClass", tally(breaks, "breakClass")).data("byAge", ages(tally(breaks, "age")))
                .data("proposals", views.proposals(id))
                .data("matches", views.matches(id).stream().limit(MATCHES_SHOWN_MAX).toList())
                .data("errors", errors).data("failedAction", failedAction).data("failedRef", failedRef), status);
    }

    /** Does one resolution, then shows the run again; a refusal shows it with the form's errors beside {@code ref}. */
    private Response act(long id, String action, String ref, Runnable resolution) {
        try {
            resolution.run();
            return back(id);
        } catch (DomainException refused) {
            return show(id, FieldErrors.of(refused), action, ref, 400);
        }
    }

    /** After a decision the browser reloads the page, so a refresh does not post the decision again. */
    private static Response back(long id) {
        return Response.seeOther(URI.create("/console/reconciliations/" + id)).build();
    }

    /** End-to-end ids typed one or more, apart by commas or spaces; none is an empty list the service refuses. */
    private static List<String> ids(String typed) {
        return typed == null ? List.of()
                : Arrays.stream(typed.split("[\\s,]+")).filter(id -> !id.isBlank()).toList();
    }

    /** Age buckets under their names in the viewer's language. */
    private Map<String, Long> ages(Map<String, Long> byBucket) {
        var words = Messages.of(viewer.language());
        var named = new LinkedHashMap<String, Long>();
        byBucket.forEach((bucket, count) -> named.put(words.getOrDefault("age_" + bucket, bucket), count));
        return named;
    }

    /** Open breaks counted under one of their properties (class or age bucket). */
    private static Map<String, Long> tally(List<Map<String, Object>> breaks, String property) {
        var counts = new LinkedHashMap<String, Long>();
        breaks.stream().filter(item -> "OPEN".equals(item.get("status")))
                .forEach(item -> counts.merge(String.valueOf(item.get(property)), 1L, Long::sum));
        return counts;
    }
}
