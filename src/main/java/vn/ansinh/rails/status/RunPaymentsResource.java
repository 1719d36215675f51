package vn.ansinh.rails.status;

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
import java.util.Optional;
import java.util.Set;
import vn.ansinh.access.Roles;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;

/** A run's payments and where its money is. Read-only; for officers, approvers and auditors. */
@Path("/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunPaymentsResource {

    static final Set<String> STATES = Set.of("CREATED", "SENT", "ACCEPTED", "SETTLED", "REJECTED", "RETURNED",
            "UNKNOWN");

    @Inject PaymentViews views;
    @Inject RunMoneyQuery money;

    /** A page of the run's payments in line order, optionally in one state; {@code after} is a line number. */
    @GET
    @Path("{id}/payments")
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<RunPaymentsView> payments(@PathParam("id") long runId, @QueryParam("state") String state,
            @QueryParam("after") @DefaultValue("0") long after, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (state != null && !STATES.contains(state)) {
            throw DomainException.invalid("STATE_UNKNOWN", "Ask for one of " + STATES + ".",
                    List.of(Violation.ofField("state", "UNKNOWN", "Not a payment state.")));
        }
        if (limit < 1 || limit > PaymentViews.PAGE_SIZE_MAX || after < 0) {
            throw DomainException.invalid("PAGE_INVALID", "limit is 1.." + PaymentViews.PAGE_SIZE_MAX
                    + " and after is a line number, 0 or more.", List.of());
        }
        return views.runPayments(runId, Optional.ofNullable(state), after, limit);
    }

    /** Σ amount by state, and the proof that the run's total = settled + rejected + returned + pending. */
    @GET
    @Path("{id}/money")
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR})
    public Uni<RunMoney> money(@PathParam("id") long runId) {
        return money.money(runId);
    }
}
