package vn.ansinh.access;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import vn.ansinh.platform.DomainException;

/** Checks a username and password and issues a token: one rule for the API's token call and the console's form. */
@ApplicationScoped
public class Login {

    @Inject PasswordHasher hasher;
    @Inject TokenIssuer tokens;
    @Inject Vertx vertx;

    @WithSession
    public Uni<TokenIssuer.IssuedToken> login(String username, String password) {
        return AppUser.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                // bcrypt takes tens of milliseconds: off the event loop, back on this context after.
                .chain(user -> vertx.executeBlocking(Uni.createFrom().item(() -> check(user, password))));
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
