package vn.ansinh.console.web;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import vn.ansinh.access.Roles;
import vn.ansinh.platform.DomainException;

/** The reveal button's answer: a fragment with the unmasked value in place of the masked one. Officers and auditors only. */
@Path("/console/reveal/{source}/{id}/{item}/{field}")
@Produces(Pages.HTML)
public class RevealPage {

    @Inject Reveal reveal;
    @Inject Viewer viewer;
    @Inject Pages pages;

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    public Uni<Response> reveal(@PathParam("source") String source, @PathParam("id") long id,
                                @PathParam("item") long item, @PathParam("field") String field) {
        var from = parse(Reveal.Source.class, source);
        var which = parse(Reveal.Field.class, field);
        return reveal.reveal(from, id, item, which, viewer.username()).map(value -> Pages.html(
                pages.page("revealed.html", viewer).data("value", value).data("field", which.name().toLowerCase(Locale.ROOT))
                        .data("item", item)));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("NOT_FOUND", "Nothing to reveal at " + text + ".");
        }
    }
}
