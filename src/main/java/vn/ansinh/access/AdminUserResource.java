package vn.ansinh.access;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Users, for administrators. Passwords go in; hashes never come out. */
@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AdminUserResource {

    public record UserView(String username, String displayName, List<String> roles, String bankBin, boolean enabled) {
        static UserView of(AppUser user) {
            return new UserView(user.username, user.displayName, user.roleList(), user.bank().orElse(null), user.enabled);
        }
    }

    @Inject UserDirectory users;
    @Inject JsonWebToken caller;

    @GET
    public Uni<List<UserView>> list() {
        return users.list().map(all -> all.stream().map(UserView::of).toList());
    }

    @POST
    @ResponseStatus(201)
    public Uni<UserView> create(NewUser request) {
        return users.create(request, caller.getName()).map(UserView::of);
    }
}
