package vn.ansinh.payout.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.ansinh.access.Roles;

/**
 * Payout runs over HTTP. Officers make, submit, release and cancel; approvers approve or reject (never their own);
 * auditors read. Every state change answers with the run as it now stands.
 */
@Path("/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    /** A written reason: for a rejection or a cancellation. */
    public record Reason(String reason) {}

    /** What the approver read, when their client shows it: the approval is refused if the lines hash differs. */
    public record ApprovalBody(String linesSha256) {}

    @Inject RunCreation creation;
    @Inject RunSubmission submission;
    @Inject RunApproval approval;
    @Inject RunCancellation cancellation;
    @Inject RunRelease release;
    @Inject RunViews views;
    @Inject IntegrityCheck integrity;
    @Inject PayoutConfig config;
    @Inject Pool pool;
    @Inject JsonWebToken caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    public Uni<Response> create(JsonNode body) {
        var request = RunRequestJson.read(body == null ? MissingNode.getInstance() : body, config);
        return creation.create(request, caller.getName()).chain(views::summary)
                .map(run -> Response.created(URI.create("/runs/" + run.get("id"))).entity(run).build());
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<List<Map<String, Object>>> list(@QueryParam("program") String program, @QueryParam("period") String period,
                                               @QueryParam("before") @DefaultValue("9223372036854775807") long before,
                                               @QueryParam("limit") @DefaultValue("20") int limit) {
        return views.list(Optional.ofNullable(program), Optional.ofNullable(period), before, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<Map<String, Object>> show(@PathParam("id") long id) {
        return views.summary(id);
    }

    @GET
    @Path("/{id}/lines")
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<List<Map<String, Object>>> lines(@PathParam("id") long id, @QueryParam("after") @DefaultValue("0") long after,
                                                @QueryParam("limit") @DefaultValue("100") int limit) {
        return views.lines(id, after, limit);
    }

    @GET
    @Path("/{id}/exclusions")
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<List<Map<String, Object>>> exclusions(@PathParam("id") long id, @QueryParam("reason") ExclusionReason reason,
                                                     @QueryParam("after") @DefaultValue("0") long after,
                                                     @QueryParam("limit") @DefaultValue("100") int limit) {
        return views.exclusions(id, Optional.ofNullable(reason), after, limit);
    }

    /** The lines hash recomputed now, compared with the submission and every approval. */
    @GET
    @Path("/{id}/integrity")
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<Map<String, Object>> integrity(@PathParam("id") long id) {
        return integrity.check(pool, id).map(RunResource::view);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.OFFICER)
    public Uni<Map<String, Object>> submit(@PathParam("id") long id) {
        return submission.submit(id, caller.getName()).chain(() -> views.summary(id));
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    public Uni<Map<String, Object>> approve(@PathParam("id") long id, ApprovalBody body) {
        var seen = Optional.ofNullable(body).map(ApprovalBody::linesSha256).filter(hash -> !hash.isBlank());
        return approval.approve(id, caller.getName(), seen).chain(() -> views.summary(id));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    public Uni<Map<String, Object>> reject(@PathParam("id") long id, Reason body) {
        return approval.reject(id, caller.getName(), body == null ? null : body.reason()).chain(() -> views.summary(id));
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed(Roles.OFFICER)
    public Uni<Map<String, Object>> release(@PathParam("id") long id) {
        return release.release(id, caller.getName()).chain(() -> views.summary(id));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    public Uni<Map<String, Object>> cancel(@PathParam("id") long id, Reason body) {
        return cancellation.cancel(id, caller.getName(), body == null ? null : body.reason()).chain(() -> views.summary(id));
    }

    static Map<String, Object> view(Integrity found) {
        var body = new LinkedHashMap<String, Object>();
        body.put("runId", found.runId());
        body.put("status", found.status().name());
        body.put("intact", found.intact());
        body.put("computedSha256", found.computedSha256());
        found.submittedSha256().ifPresent(hash -> body.put("submittedSha256", hash));
        body.put("approvals", found.approvals().stream().map(approval -> Map.of("approver", approval.approver(),
                "approvedAt", approval.approvedAt().toString(), "linesSha256", approval.linesSha256(),
                "matches", approval.linesSha256().equals(found.computedSha256()))).toList());
        found.breach().ifPresent(breach -> body.put("breach", breach));
        return body;
    }
}
