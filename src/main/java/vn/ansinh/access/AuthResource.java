package vn.ansinh.access;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import vn.ansinh.platform.DomainException;

/** Exchanges a username and password for a short-lived bearer token. The only anonymous API call. */
@Path("/auth/token")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record Credentials(String username, String password) {}

    @Inject PasswordHasher hasher;
    @Inject TokenIssuer tokens;
    @Inject Vertx vertx;

    @POST
    @PermitAll
    @WithSession
    public Uni<TokenIssuer.IssuedToken> token(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            return Uni.createFrom().failure(DomainException.invalid("CREDENTIALS_MISSING",
                    "Send {\"username\": …, \"password\": …}.", java.util.List.of()));
        }
        return AppUser.findByUsername(credentials.username().strip().toLowerCase(java.util.Locale.ROOT))
                // bcrypt takes tens of milliseconds: off the event loop, back on this context after.
                .chain(user -> vertx.executeBlocking(Uni.createFrom().item(() -> check(user, credentials.password()))));
    }

    private TokenIssuer.IssuedToken check(AppUser user, String password) {
        if (user == null) {
            hasher.spendDecoyTime(password);
        } else if (user.enabled && hasher.matches(password, user.passwordHash)) {
            return tokens.issue(user);
        }
        // One answer for unknown user, disabled user and wrong password: the caller learns nothing more.
        throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "INVALID_CREDENTIALS",
                "Unknown user or wrong password.");
    }
}
