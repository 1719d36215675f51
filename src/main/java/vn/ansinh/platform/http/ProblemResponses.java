package vn.ansinh.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.ansinh.platform.DomainException;

/** Every error leaves the engine as problem+json; nothing about our classes or stack traces goes with it. */
public class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case UNAVAILABLE -> 503;
        };
        var problem = new Problem(Problem.typeFor(e.code()), titleFor(status), status, e.code(), e.detail(),
                uri.getPath(), e.file().orElse(null), e.violations());
        return respond(problem);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        // A person in the browser without a session is sent to sign in, not shown JSON.
        if (uri.getPath().equals("/console") || uri.getPath().startsWith("/console/")) {
            return Response.seeOther(java.net.URI.create("/console/login")).header("HX-Redirect", "/console/login").build();
        }
        return respond(Problem.of(401, "Unauthorized", "UNAUTHENTICATED",
                "A valid bearer token is required: get one from POST /auth/token.", uri.getPath()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "Forbidden", "FORBIDDEN",
                "Your role does not allow this action.", uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return respond(Problem.of(400, "Bad Request", "INVALID_JSON",
                "The request body is not valid JSON for this endpoint" + where + ".", uri.getPath()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) return unreadable(unreadable, uri);
        int status = e.getResponse().getStatus();
        if (status >= 500) LOG.error("request failed", e);
        String code = switch (status) {
            case 400 -> "BAD_REQUEST";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> "HTTP_" + status;
        };
        return respond(Problem.of(status, titleFor(status), code, titleFor(status) + ".", uri.getPath()));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("unexpected failure", e);
        return respond(Problem.of(500, "Internal Server Error", "INTERNAL",
                "Something went wrong on our side; it has been logged.", uri.getPath()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String titleFor(int status) {
        var reason = Response.Status.fromStatusCode(status);
        return reason == null ? "HTTP " + status : reason.getReasonPhrase();
    }
}
