package vn.ansinh.merchant.qr;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ansinh.access.Roles;
import vn.ansinh.merchant.SwitchCaller;

/** The QR switch tells us of payments to our merchants' QR codes, and of their refunds. Both idempotent. */
@Path("/merchant/qr-notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QrNotificationResource {

    @Inject QrPayments payments;
    @Inject SwitchCaller switchCaller;

    /** 200 with the booking, the same for a repeat; 409 when the id was used with another amount or reference. */
    @POST
    @RolesAllowed(Roles.BANK)
    public Uni<QrBooking> notify(QrNotification notification) {
        switchCaller.require();
        return payments.notify(notification);
    }

    /** 200 with the refund and the payment's refunded total; 409 past the payment or for a reused refund id. */
    @POST
    @Path("/{transactionId}/refunds")
    @RolesAllowed(Roles.BANK)
    public Uni<QrBooking> refund(@PathParam("transactionId") String transactionId, QrRefund refund) {
        switchCaller.require();
        return payments.refund(transactionId, refund);
    }
}
