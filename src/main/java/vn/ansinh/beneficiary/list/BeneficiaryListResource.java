package vn.ansinh.beneficiary.list;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.ansinh.access.Roles;
import vn.ansinh.beneficiary.intake.IntakeLimits;
import vn.ansinh.beneficiary.intake.Outcome;
import vn.ansinh.platform.DomainException;

/** Beneficiary lists of a program: upload, watch, read the outcome of every row, review, download the report. */
@Path("/programs/{code}/beneficiary-lists")
@Produces(MediaType.APPLICATION_JSON)
public class BeneficiaryListResource {

    @Inject IntakeService intake;
    @Inject BeneficiaryLists lists;
    @Inject ListRows rows;
    @Inject OutcomeReport report;
    @Inject JsonWebToken caller;

    /** An officer uploads a list as CSV or XLSX (form field {@code file}). Answers 202 with the list's progress. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.OFFICER)
    @Blocking
    public Response upload(@PathParam("code") String code, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw DomainException.invalid("FILE_MISSING", "Send the list as the form field 'file'.",
                    List.of(vn.ansinh.platform.Violation.ofField("file", "REQUIRED", "No file was sent.")));
        }
        var accepted = intake.accept(code, file.uploadedFile(), file.fileName(), caller.getName());
        return Response.accepted(view(accepted)).header("Location", "/programs/" + code + "/beneficiary-lists/" + accepted.id()).build();
    }

    /** A system sends the list as a JSON array of row objects with the same field names. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Blocking
    public Response uploadJson(@PathParam("code") String code, @QueryParam("name") @DefaultValue("list.json") String name,
                               InputStream body) {
        java.nio.file.Path temp = null;
        try {
            temp = Files.createTempFile("ansinh-json-list-", ".json");
            long limit = IntakeLimits.defaults().fileBytesMax();
            try (var out = Files.newOutputStream(temp)) {
                if (body.transferTo(new CappedOutput(out, limit)) > limit) throw new IllegalStateException();
            }
            var accepted = intake.accept(code, temp, name, caller.getName());
            return Response.accepted(view(accepted)).header("Location", "/programs/" + code + "/beneficiary-lists/" + accepted.id()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) temp.toFile().delete();
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<Map<String, Object>> progress(@PathParam("code") String code, @PathParam("id") long id) {
        return lists.find(code, id).chain(found -> {
            var list = found.orElseThrow(() -> DomainException.notFound("LIST_NOT_FOUND", "There is no list " + id + " in " + code + "."));
            return list.status() == ListStatus.COMPLETED
                    ? lists.reasonCounts(id).map(list::withReasons).map(BeneficiaryListResource::view)
                    : Uni.createFrom().item(view(list));
        });
    }

    @GET
    @Path("/{id}/rows")
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<List<ListRows.RowView>> rows(@PathParam("code") String code, @PathParam("id") long id,
                                            @QueryParam("outcome") Outcome outcome, @QueryParam("reason") String reason,
                                            @QueryParam("after") @DefaultValue("0") long after,
                                            @QueryParam("limit") @DefaultValue("100") int limit) {
        return lists.find(code, id).chain(found -> {
            found.orElseThrow(() -> DomainException.notFound("LIST_NOT_FOUND", "There is no list " + id + " in " + code + "."));
            return rows.page(id, Optional.ofNullable(outcome), Optional.ofNullable(reason), after, limit);
        });
    }

    /** The reviewing officer's decision on a NEEDS_REVIEW row, with a written reason. */
    public record Review(ListRows.Decision decision, String reason) {}

    @POST
    @Path("/{id}/rows/{row}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    public Uni<ListRows.RowView> review(@PathParam("code") String code, @PathParam("id") long id,
                                        @PathParam("row") long row, Review review) {
        if (review == null || review.decision() == null) {
            throw DomainException.invalid("REVIEW_INVALID", "Send {\"decision\": \"ACCEPT\"|\"REJECT\", \"reason\": …}.",
                    List.of(vn.ansinh.platform.Violation.ofField("decision", "REQUIRED", "ACCEPT or REJECT.")));
        }
        return rows.review(code, id, row, review.decision(), review.reason(), caller.getName());
    }

    /** Every row's outcome as CSV or XLSX, CCCD and account masked, formula-looking cells neutralised. */
    @GET
    @Path("/{id}/report")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Blocking
    public Response report(@PathParam("code") String code, @PathParam("id") long id,
                           @QueryParam("format") @DefaultValue("csv") String format) {
        var list = lists.find(code, id).await().atMost(Duration.ofSeconds(30))
                .orElseThrow(() -> DomainException.notFound("LIST_NOT_FOUND", "There is no list " + id + " in " + code + "."));
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        StreamingOutput body = out -> report.write(list.id(), xlsx, out);
        return Response.ok(body, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"list-" + id + "-outcomes." + (xlsx ? "xlsx" : "csv") + "\"")
                .build();
    }

    static Map<String, Object> view(ListProgress list) {
        var now = Instant.now();
        var body = new LinkedHashMap<String, Object>();
        body.put("id", list.id());
        body.put("program", list.programCode());
        body.put("fileName", list.fileName());
        body.put("sha256", list.contentSha256());
        body.put("format", list.format());
        body.put("status", list.status().name());
        body.put("rowsTotal", list.rowsTotal());
        body.put("rowsRead", list.rowsRead());
        body.put("verified", list.verified());
        body.put("rejected", list.rejected());
        body.put("needsReview", list.needsReview());
        body.put("pending", list.pending());
        body.put("rowsPerSecond", list.rowsPerSecond(now));
        list.etaSeconds(now).ifPresent(eta -> body.put("etaSeconds", eta));
        list.startedAt().ifPresent(at -> body.put("startedAt", at.toString()));
        list.finishedAt().ifPresent(at -> body.put("finishedAt", at.toString()));
        list.failureCode().ifPresent(failure -> body.put("failureCode", failure));
        list.failureDetail().ifPresent(detail -> body.put("failureDetail", detail));
        if (!list.reasons().isEmpty()) body.put("reasons", list.reasons());
        return body;
    }

    /** Refuses a body larger than the list limit while it is being written, before the disk fills. */
    private static final class CappedOutput extends java.io.FilterOutputStream {
        private final long limit;
        private long written;

        CappedOutput(java.io.OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            written += length;
            if (written > limit) {
                throw new DomainException(DomainException.Kind.TOO_LARGE, "TOO_LARGE",
                        "The list is larger than " + limit + " bytes.");
            }
            out.write(bytes, offset, length);
        }
    }
}
