package vn.ansinh.console.web;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import vn.ansinh.access.Login;
import vn.ansinh.access.Roles;
import vn.ansinh.platform.DomainException;

/** Signing in and out of the console, and switching its language. */
@Path("/console")
@Produces(Pages.HTML)
public class LoginPage {

    @Inject Login login;
    @Inject Pages pages;
    @Inject Viewer viewer;

    @ConfigProperty(name = "ansinh.token.lifetime")
    Duration lifetime;

    @GET
    @Path("/login")
    @PermitAll
    public Response form() {
        return Pages.html(pages.page("login.html", viewer).data("username", "").data("errors", Map.of()));
    }

    @POST
    @Path("/login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> signIn(@RestForm String username, @RestForm String password) {
        var errors = new LinkedHashMap<String, String>();
        var words = Messages.of(viewer.language());
        if (username == null || username.isBlank()) errors.put("username", words.get("login_username_required"));
        if (password == null || password.isEmpty()) errors.put("password", words.get("login_password_required"));
        if (!errors.isEmpty()) return Uni.createFrom().item(refused(username, errors));
        return login.login(username, password)
                .map(issued -> Response.seeOther(URI.create("/console"))
                        .cookie(SessionCookie.carrying(issued.access_token(), lifetime, viewer.https())).build())
                .onFailure(DomainException.class).recoverWithItem(e -> refused(username,
                        Map.of("password", words.get("login_invalid"))));
    }

    @POST
    @Path("/logout")
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN, Roles.BANK})
    public Response signOut() {
        return Response.seeOther(URI.create("/console/login")).cookie(SessionCookie.cleared(viewer.https())).build();
    }

    /** Sets the language cookie and goes back to the page the switch was pressed on (only a console page). */
    @GET
    @Path("/language")
    @PermitAll
    public Response language(@QueryParam("lang") String lang, @QueryParam("back") String back) {
        var chosen = Language.parse(lang).orElse(Language.VI);
        String target = back != null && back.startsWith("/console") && !back.startsWith("//") ? back : "/console";
        var cookie = new NewCookie.Builder(Language.COOKIE).value(chosen.code()).path(SessionCookie.PATH)
                .maxAge((int) Duration.ofDays(365).toSeconds()).sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }

    private Response refused(String username, Map<String, String> errors) {
        return Pages.html(pages.page("login.html", viewer).data("username", username == null ? "" : username)
                .data("errors", errors), 400);
    }
}
