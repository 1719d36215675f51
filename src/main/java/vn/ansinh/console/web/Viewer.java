package vn.ansinh.console.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.ansinh.access.Roles;

/** Who is looking at a console page, in which language, and what their roles let the page offer them. */
@RequestScoped
public class Viewer {

    @Inject JsonWebToken token;
    @Inject HttpServerRequest request;

    public String username() {
        return token.getName() == null ? "" : token.getName();
    }

    public String displayName() {
        Object name = token.getClaim("name");
        return name == null ? username() : name.toString();
    }

    public Set<String> roles() {
        return token.getGroups() == null ? Set.of() : token.getGroups();
    }

    public boolean is(String role) {
        return roles().contains(role);
    }

    public boolean isOfficer() { return is(Roles.OFFICER); }
    public boolean isApprover() { return is(Roles.APPROVER); }
    public boolean isAuditor() { return is(Roles.AUDITOR); }
    public boolean isAdmin() { return is(Roles.ADMIN); }

    /** Officers and auditors may reveal a masked CCCD or account number; every reveal is audited. */
    public boolean mayReveal() {
        return isOfficer() || isAuditor();
    }

    Language language() {
        var cookie = request.getCookie(Language.COOKIE);
        return Language.choose(request.getParam("lang"), cookie == null ? null : cookie.getValue());
    }

    public String lang() {
        return language().code();
    }

    boolean https() {
        return "https".equalsIgnoreCase(request.scheme());
    }

    /** The page's own path and query, URL-encoded, for the language switch to come back to. */
    public String here() {
        return java.net.URLEncoder.encode(request.uri(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
