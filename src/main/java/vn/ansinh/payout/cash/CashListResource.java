package vn.ansinh.payout.cash;

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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.ansinh.access.Roles;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;

/** A run's commune cash list, to download and to confirm against the commune's receipts. */
@Path("/runs/{id}/cash-list")
public class CashListResource {

    /** The commune's receipt for one cash hand-over. */
    public record Receipt(String receiptNumber) {}

    @Inject CashList cashList;
    @Inject JsonWebToken caller;

    /** CSV or XLSX, by commune; CCCD masked, text cells neutralised against formula injection. */
    @GET
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Blocking
    public Response download(@PathParam("id") long id, @QueryParam("format") @DefaultValue("csv") String format) {
        var chosen = CashListFormat.parse(format).orElseThrow(() -> DomainException.invalid("FORMAT_UNKNOWN",
                "The cash list comes as csv or xlsx.", List.of(Violation.ofField("format", "ONE_OF", "csv or xlsx"))));
        cashList.requirePayableRun(id).await().atMost(CashList.PAGE_WAIT_MAX);
        StreamingOutput body = out -> cashList.write(id, chosen, out);
        return Response.ok(body, chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"run-" + id + "-cash." + chosen.extension() + "\"")
                .build();
    }

    @POST
    @Path("/{beneficiaryId}/receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    public Uni<Map<String, Object>> confirm(@PathParam("id") long id, @PathParam("beneficiaryId") long beneficiaryId,
                                            Receipt body) {
        return cashList.confirm(id, beneficiaryId, body == null ? null : body.receiptNumber(), caller.getName())
                .replaceWith(Map.of("runId", id, "beneficiaryId", beneficiaryId, "confirmed", true));
    }
}
