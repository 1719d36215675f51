package vn.ansinh.recon.statement;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.ansinh.access.Roles;
import vn.ansinh.access.TokenIssuer;
import vn.ansinh.identity.Masking;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;

/** Bank statements in: a bank for its own accounts, officers and auditors for any funding account. */
@Path("/statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    @Inject StatementIntake intake;
    @Inject JsonWebToken caller;

    /**
     * A statement file (camt.052/053/054, MT940/942) as form field {@code file}. 201 with what was stored; 409
     * DUPLICATE_STATEMENT_FILE for content seen before; 400 STATEMENT_PARSE_REFUSED naming the position.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR, Roles.BANK})
    @Blocking
    public Response upload(@RestForm("file") FileUpload file, @QueryParam("bankBin") String bankBin) {
        if (file == null) {
            throw DomainException.invalid("FILE_MISSING", "Send the statement as the form field 'file'.",
                    List.of(Violation.ofField("file", "REQUIRED", "No file was sent.")));
        }
        var stored = intake.accept(file.uploadedFile(), file.fileName(), uploader(Optional.ofNullable(bankBin)));
        return Response.status(Response.Status.CREATED).entity(view(stored))
                .header("Location", "/statements/" + stored.id()).build();
    }

    private Uploader uploader(Optional<String> bankBin) {
        bankBin.filter(bin -> !bin.matches("[0-9]{6}")).ifPresent(bin -> {
            throw DomainException.invalid("BANK_BIN_INVALID", "bankBin is six digits.",
                    List.of(Violation.ofField("bankBin", "FORMAT", "Six digits, e.g. 970436.")));
        });
        if (!caller.getGroups().contains(Roles.BANK)) {
            return Uploader.person(caller.getName(), bankBin);
        }
        Object claim = caller.getClaim(TokenIssuer.BANK_CLAIM);
        String ownBin = claim instanceof JsonString text ? text.getString() : String.valueOf(claim);
        if (claim == null || !ownBin.matches("[0-9]{6}") || bankBin.filter(bin -> !bin.equals(ownBin)).isPresent()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "STATEMENT_ACCOUNT_NOT_YOURS",
                    "A bank sends statements of its own accounts only.");
        }
        return Uploader.bank(caller.getName(), ownBin);
    }

    static Map<String, Object> view(StoredFile file) {
        var body = new LinkedHashMap<String, Object>();
        body.put("id", file.id());
        body.put("fileName", file.fileName());
        body.put("sha256", file.sha256());
        body.put("format", file.format());
        body.put("bytes", file.bytes());
        body.put("lines", file.lines());
        body.put("statements", file.statements().stream().map(statement -> {
            var item = new LinkedHashMap<String, Object>();
            item.put("id", statement.id());
            item.put("bankBin", statement.bankBin());
            item.put("account", Masking.account(statement.account()));
            item.put("statementRef", statement.statementRef());
            if (statement.sequence() != null) item.put("sequence", statement.sequence());
            item.put("firstDate", statement.firstDate().toString());
            item.put("lastDate", statement.lastDate().toString());
            item.put("lines", statement.lines());
            item.put("creditTotalVnd", statement.creditTotalVnd());
            item.put("debitTotalVnd", statement.debitTotalVnd());
            return item;
        }).toList());
        return body;
    }
}
