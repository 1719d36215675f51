package vn.ansinh.console.web;

import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;

/**
 * The console's session: the same signed JWT the API issues, in a cookie the browser sends only to {@code /console}
 * (so the API keeps bearer tokens alone), that scripts cannot read, and that no other site's request carries.
 */
final class SessionCookie {

    /** Also the name in {@code mp.jwt.token.cookie}, where SmallRye JWT looks for the token. */
    static final String NAME = "ansinh_console";
    static final String PATH = "/console";

    private SessionCookie() {}

    static NewCookie carrying(String token, Duration lifetime, boolean https) {
        return cookie(token, (int) lifetime.toSeconds(), https);
    }

    static NewCookie cleared(boolean https) {
        return cookie("", 0, https);
    }

    private static NewCookie cookie(String value, int maxAgeSeconds, boolean https) {
        return new NewCookie.Builder(NAME).value(value).path(PATH).maxAge(maxAgeSeconds).httpOnly(true).secure(https)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
