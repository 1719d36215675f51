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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import vn.ansinh.access.Roles;
import vn.ansinh.platform.DomainException;
import vn.ansinh.recon.export.Exports;
import vn.ansinh.recon.run.ReconciliationViews;
import vn.ansinh.recon.run.Resolutions;

/** Reconciliations: the verdict and statement, breaks by class and age with write-off, and the auditor's downloads. */
@Path("/console/reconciliations")
@Produces(Pages.HTML)
@RolesAllowed({Roles.AUDITOR, Roles.OFFICER})
public class ReconPage {

    private static final Duration DATABASE_WAIT_MAX = Duration.ofSeconds(30);

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
        return show(id, Map.of(), "", 200);
    }

    @POST
    @Path("/{id}/breaks/{ref}/write-off")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.AUDITOR)
    @Blocking
    public Response writeOff(@PathParam("id") long id, @PathParam("ref") String ref, @RestForm String reason) {
        try {
            resolutions.writeOff(id, ref, reason, viewer.username());
            return Response.seeOther(URI.create("/console/reconciliations/" + id)).build();
        } catch (DomainException refused) {
            return show(id, FieldErrors.of(refused), ref, 400);
        }
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

    private Response show(long id, Map<String, String> errors, String failedRef, int status) {
        var reconciliation = views.reconciliation(id);
        var breaks = views.breaks(id);
        return Pages.html(pages.page("reconciliation.html", viewer).data("r", reconciliation)
                .data("statement", reconciliation.get("statement")).data("breaks", breaks)
                .data("byClass", tally(breaks, "breakClass")).data("byAge", ages(tally(breaks, "age")))
                .data("errors", errors).data("failedRef", failedRef), status);
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
