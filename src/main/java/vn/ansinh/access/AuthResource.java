package vn.ansinh.access;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ansinh.platform.DomainException;

/** Exchanges a username and password for a short-lived bearer token. The only anonymous API call. */
@Path("/auth/token")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record Credentials(String username, String password) {}

    @Inject Login login;

    @POST
    @PermitAll
    public Uni<TokenIssuer.IssuedToken> token(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            return Uni.createFrom().failure(DomainException.invalid("CREDENTIALS_MISSING",
                    "Send {\"username\": …, \"password\": …}.", java.util.List.of()));
        }
        return login.login(credentials.username(), credentials.password());
    }
}
