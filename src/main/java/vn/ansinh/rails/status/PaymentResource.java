package vn.ansinh.rails.status;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ansinh.access.Roles;
import vn.ansinh.platform.DomainException;

/** One payment by its end-to-end id, with every transition it made. */
@Path("/payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    /** ISO 20022 end-to-end ids are at most 35 characters; ansinh's are upper-case letters and digits. */
    static final String SHAPE = "[A-Z0-9]{1,35}";

    @Inject PaymentViews views;

    @GET
    @Path("{endToEndId}")
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<PaymentWithEvents> payment(@PathParam("endToEndId") String endToEndId) {
        if (!endToEndId.matches(SHAPE)) {
            throw DomainException.notFound("PAYMENT_NOT_FOUND", "An end-to-end id is 1-35 of A-Z and 0-9.");
        }
        return views.payment(endToEndId);
    }
}
