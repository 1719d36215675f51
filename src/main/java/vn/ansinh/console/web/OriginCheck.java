package vn.ansinh.console.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.ansinh.platform.http.Problem;

/**
 * Cross-site request forgery defence for the console's form posts, on top of the SameSite=Strict session cookie:
 * a state-changing request must name this very host in its Origin header (or, lacking one, its Referer). Browsers
 * always send Origin on form posts and fetches, so a page on another site cannot post here in the officer's name.
 */
public class OriginCheck {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> sameOrigin(ContainerRequestContext context, HttpServerRequest request) {
        String path = request.path();
        boolean console = path.equals(SessionCookie.PATH) || path.startsWith(SessionCookie.PATH + "/");
        boolean reading = "GET".equals(context.getMethod()) || "HEAD".equals(context.getMethod());
        if (!console || reading) return Optional.empty();
        String claimed = Optional.ofNullable(request.getHeader("Origin")).orElse(request.getHeader("Referer"));
        if (claimed != null && hostOf(claimed).equalsIgnoreCase(String.valueOf(request.getHeader("Host")))) {
            return Optional.empty();
        }
        var problem = Problem.of(403, "Forbidden", "ORIGIN_REFUSED",
                "This form was not sent from the console's own pages.", path);
        return Optional.of(Response.status(403).type(Problem.MEDIA_TYPE).entity(problem).build());
    }

    private static String hostOf(String url) {
        try {
            var uri = URI.create(url);
            return uri.getPort() < 0 ? String.valueOf(uri.getHost()) : uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
