package vn.ansinh.audit;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ansinh.access.Roles;

/** The audit chain, for those who check it. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject AuditVerifier verifier;

    /** Recomputes every hash. {@code status} is OK with the head hash, or BROKEN with the first bad seq. */
    @GET
    @Path("/verify")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public Uni<Map<String, Object>> verify() {
        return verifier.verify().map(AuditResource::describe);
    }

    static Map<String, Object> describe(ChainVerdict verdict) {
        var body = new LinkedHashMap<String, Object>();
        switch (verdict) {
            case ChainVerdict.Intact intact -> {
                body.put("status", "OK");
                body.put("entries", intact.entries());
                body.put("headSeq", intact.headSeq());
                body.put("headHash", intact.headHash());
            }
            case ChainVerdict.Broken broken -> {
                body.put("status", "BROKEN");
                body.put("entriesVerified", broken.entries());
                body.put("firstBrokenSeq", broken.firstBrokenSeq());
                body.put("reason", broken.reason().name());
                body.put("detail", broken.detail());
            }
        }
        return body;
    }
}
