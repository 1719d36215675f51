package vn.ansinh.payout.correction;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import vn.ansinh.access.Roles;

/** Failed payments waiting for a correction and a re-issue, a page at a time in payment-id order. */
@Path("/programs/{code}/corrections")
@Produces(MediaType.APPLICATION_JSON)
public class CorrectionsResource {

    @Inject Corrections corrections;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<List<Map<String, Object>>> list(@PathParam("code") String code,
                                               @QueryParam("after") @DefaultValue("0") long after,
                                               @QueryParam("limit") @DefaultValue("100") int limit) {
        return corrections.page(code, after, limit);
    }
}
