package vn.ansinh.console.web;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import vn.ansinh.access.Roles;
import vn.ansinh.audit.AuditVerifier;
import vn.ansinh.audit.ChainVerdict;

/** The audit log with filters, and a button that recomputes every hash and shows the head. */
@Path("/console/audit")
@Produces(Pages.HTML)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditPage {

    @Inject Pages pages;
    @Inject Viewer viewer;
    @Inject AuditReads reads;
    @Inject AuditVerifier verifier;

    @GET
    public Uni<Response> log(@QueryParam("actor") String actor, @QueryParam("action") String action,
                             @QueryParam("subject") String subject,
                             @QueryParam("before") @DefaultValue("9223372036854775807") long before) {
        return reads.page(before, given(actor), given(action), given(subject)).map(entries -> Pages.html(
                pages.page("audit.html", viewer).data("entries", entries).data("actor", text(actor))
                        .data("action", text(action)).data("subject", text(subject))
                        .data("older", entries.size() == AuditReads.ENTRIES_PER_PAGE ? entries.getLast().seq() : 0L)));
    }

    @POST
    @Path("/verify")
    public Uni<Response> verify() {
        return verifier.verify().map(verdict -> {
            var page = pages.page("audit-verdict.html", viewer);
            switch (verdict) {
                case ChainVerdict.Intact intact -> page.data("intact", true).data("entries", intact.entries())
                        .data("headSeq", intact.headSeq()).data("headHash", intact.headHash()).data("detail", "");
                case ChainVerdict.Broken broken -> page.data("intact", false).data("entries", broken.entries())
                        .data("headSeq", broken.firstBrokenSeq()).data("headHash", "")
                        .data("detail", broken.reason().name() + ": " + broken.detail());
            }
            return Pages.html(page);
        });
    }

    private static Optional<String> given(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
