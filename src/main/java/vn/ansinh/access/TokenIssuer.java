package vn.ansinh.access;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signs short-lived bearer tokens with the engine's private key; the public key verifies them on every call. */
@ApplicationScoped
public class TokenIssuer {

    /** A bank user's token carries its BIN so resources can limit it to its own files. */
    public static final String BANK_CLAIM = "bank_bin";

    @ConfigProperty(name = "ansinh.token.issuer")
    String issuer;

    @ConfigProperty(name = "ansinh.token.lifetime")
    Duration lifetime;

    public IssuedToken issue(AppUser user) {
        var builder = Jwt.issuer(issuer)
                .upn(user.username)
                .subject(user.username)
                .groups(new HashSet<>(user.roleList()))
                .claim("name", user.displayName)
                .expiresIn(lifetime);
        user.bank().ifPresent(bin -> builder.claim(BANK_CLAIM, bin));
        return new IssuedToken(builder.sign(), "Bearer", lifetime.toSeconds(), user.roleList());
    }

    public record IssuedToken(String access_token, String token_type, long expires_in, java.util.List<String> roles) {}
}
