package vn.ansinh.testing;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Set;

/** Tokens for tests, signed with the run's key exactly as the engine signs them. */
public final class Tokens {

    private Tokens() {}

    public static String forRole(String role) {
        return Jwt.issuer("ansinh").upn("test-" + role).subject("test-" + role).groups(Set.of(role))
                .claim("bank_bin", "970436").expiresIn(Duration.ofMinutes(5)).sign();
    }

    public static String as(String username, String... roles) {
        return Jwt.issuer("ansinh").upn(username).subject(username).groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(5)).sign();
    }
}
