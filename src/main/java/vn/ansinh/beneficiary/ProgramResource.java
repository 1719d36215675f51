package vn.ansinh.beneficiary;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.ansinh.access.Roles;

/** The programs, for everyone who works with them. */
@Path("/programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource {

    @Inject Programs programs;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
    public Uni<List<Programs.Program>> list() {
        return programs.all();
    }
}
