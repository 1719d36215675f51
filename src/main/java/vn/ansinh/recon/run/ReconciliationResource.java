package vn.ansinh.recon.run;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.ansinh.access.Roles;
import vn.ansinh.platform.DomainException;
import vn.ansinh.recon.ReconConfig;
import vn.ansinh.recon.export.Exports;

/**
 * Reconciliations of a funding account over a date range: run (or run again), read, and resolve. Auditors resolve;
 * officers run, read and attach notes.
 */
@Path("/reconciliations")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

    @Inject ReconciliationService service;
    @Inject Resolutions resolutions;
    @Inject ReconciliationViews views;
    @Inject Exports exports;
    @Inject ReconConfig config;
    @Inject JsonWebToken caller;

    public record RunRequest(String bankBin, String account, LocalDate from, LocalDate to) {}

    public record MatchRequest(String line, List<String> endToEndIds, String reason) {}

    public record Reason(String reason) {}

    public record NoteRequest(String breakRef, String text) {}

    /** 201 with the new reconciliation; 200 when the same account and range was reconciled before and ran again. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.OFFICER})
    @Blocking
    public Response run(RunRequest request) {
        if (request == null) {
            throw DomainException.invalid("RECONCILIATION_INVALID", "Send {bankBin, account, from, to}.", List.of());
        }
        var key = ReconciliationKey.of(request.bankBin(), request.account(), request.from(), request.to(),
                config.rangeDaysMax());
        var result = service.run(key, caller.getName());
        var body = views.reconciliation(result.id());
        return (result.created() ? Response.status(Response.Status.CREATED) : Response.ok())
                .header("Location", "/reconciliations/" + result.id()).entity(body).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AUDITOR, Roles.OFFICER})
    @Blocking
    public Map<String, Object> get(@PathParam("id") long id) {
        return views.reconciliation(id);
    }

    @GET
    @Path("/{id}/matches")
    @RolesAllowed({Roles.AUDITOR, Roles.OFFICER})
    @Blocking
    public List<Map<String, Object>> matches(@PathParam("id") long id) {
        return views.matches(id);
    }

    @GET
    @Path("/{id}/proposals")
    @RolesAllowed({Roles.AUDITOR, Roles.OFFICER})
    @Blocking
    public List<Map<String, Object>> proposals(@PathParam("id") long id) {
        return views.proposals(id);
    }

    @GET
    @Path("/{id}/breaks")
    @RolesAllowed({Roles.AUDITOR, Roles.OFFICER})
    @Blocking
    public List<Map<String, Object>> breaks(@PathParam("id") long id) {
        return views.breaks(id);
    }

    /** Accepts the matcher's proposal for a line; body {@code {"reason": "…"}} is optional. */
    @POST
    @Path("/{id}/proposals/{line}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUDITOR)
    @Blocking
    public Map<String, Object> confirm(@PathParam("id") long id, @PathParam("line") String line, Reason note) {
        resolutions.confirmProposal(id, LineRef.parse(line), Optional.ofNullable(note).map(Reason::reason)
                .filter(text -> !text.isBlank()), caller.getName());
        return views.reconciliation(id);
    }

    @POST
    @Path("/{id}/matches")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUDITOR)
    @Blocking
    public Map<String, Object> match(@PathParam("id") long id, MatchRequest request) {
        if (request == null) {
            throw DomainException.invalid("MATCH_INVALID", "Send {line, endToEndIds, reason}.", List.of());
        }
        resolutions.matchByHand(id, LineRef.parse(request.line()), request.endToEndIds(), request.reason(),
                caller.getName());
        return views.reconciliation(id);
    }

    @POST
    @Path("/{id}/matches/{line}/unmatch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUDITOR)
    @Blocking
    public Map<String, Object> unmatch(@PathParam("id") long id, @PathParam("line") String line, Reason reason) {
        resolutions.unmatch(id, LineRef.parse(line), reason == null ? null : reason.reason(), caller.getName());
        return views.reconciliation(id);
    }

    @POST
    @Path("/{id}/breaks/{ref}/write-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUDITOR)
    @Blocking
    public Map<String, Object> writeOff(@PathParam("id") long id, @PathParam("ref") String ref, Reason reason) {
        resolutions.writeOff(id, ref, reason == null ? null : reason.reason(), caller.getName());
        return views.reconciliation(id);
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.OFFICER})
    @Blocking
    public Response note(@PathParam("id") long id, NoteRequest request) {
        long noteId = resolutions.note(id, Optional.ofNullable(request == null ? null : request.breakRef())
                .filter(ref -> !ref.isBlank()), request == null ? null : request.text(), caller.getName());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", noteId)).build();
    }

    @GET
    @Path("/{id}/statement.csv")
    @Produces(Exports.CSV)
    @RolesAllowed({Roles.AUDITOR, Roles.OFFICER})
    @Blocking
    public Response statementCsv(@PathParam("id") long id) {
        return exports.export(id, Exports.Document.STATEMENT_CSV);
    }

    @GET
    @Path("/{id}/breaks.csv")
    @Produces(Exports.CSV)
    @RolesAllowed({Roles.AUDITOR, Roles.OFFICER})
    @Blocking
    public Response breaksCsv(@PathParam("id") long id) {
        return exports.export(id, Exports.Document.BREAKS_CSV);
    }

    @GET
    @Path("/{id}/report.xlsx")
    @Produces(Exports.XLSX)
    @RolesAllowed({Roles.AUDITOR, Roles.OFFICER})
    @Blocking
    public Response xlsx(@PathParam("id") long id) {
        return exports.export(id, Exports.Document.XLSX);
    }

    /** The PDF names every input statement file with its SHA-256 and the audit chain head when it was made. */
    @GET
    @Path("/{id}/report.pdf")
    @Produces(Exports.PDF)
    @RolesAllowed({Roles.AUDITOR, Roles.OFFICER})
    @Blocking
    public Response pdf(@PathParam("id") long id) {
        return exports.export(id, Exports.Document.PDF);
    }
}
