package vn.ansinh.merchant.onboarding;

import io.smallrye.mutiny.Uni;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.ansinh.access.Roles;
import vn.ansinh.platform.DomainException;

/** Onboarding: merchants, their terminals and their QR codes. Administrators only; officers and auditors may read. */
@Path("/merchant/merchants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MerchantResource {

    @Inject Onboarding onboarding;
    @Inject Acceptance acceptance;
    @Inject Merchants merchants;
    @Inject JsonWebToken caller;

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> onboard(NewMerchant merchant) {
        return onboarding.onboard(merchant, caller.getName()).map(view -> Response.status(201).entity(view)
                .header("Location", "/merchant/merchants/" + view.id()).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.AUDITOR})
    public Uni<Merchants.MerchantView> find(@PathParam("id") long id) {
        return merchants.find(id).map(found -> found.orElseThrow(() ->
                DomainException.notFound("MERCHANT_NOT_FOUND", "There is no merchant " + id + ".")));
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Merchants.MerchantView> changeStatus(@PathParam("id") long id, Onboarding.StatusChange change) {
        return onboarding.changeStatus(id, change, caller.getName());
    }

    @POST
    @Path("/{id}/terminals")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> addTerminal(@PathParam("id") long id, NewTerminal terminal) {
        return acceptance.addTerminal(id, terminal, caller.getName()).map(view -> Response.status(201).entity(view).build());
    }

    @POST
    @Path("/{id}/qr-codes")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> issueQr(@PathParam("id") long id, NewQr qr) {
        return acceptance.issueQr(id, qr, caller.getName()).map(view -> Response.status(201).entity(view).build());
    }
}
