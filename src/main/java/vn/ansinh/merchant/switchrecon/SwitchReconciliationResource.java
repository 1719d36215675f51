package vn.ansinh.merchant.switchrecon;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.ansinh.access.Roles;
import vn.ansinh.merchant.MerchantConfig;
import vn.ansinh.merchant.SwitchCaller;
import vn.ansinh.merchant.settlement.DateParam;
import vn.ansinh.platform.DomainException;
import vn.ansinh.platform.Violation;

/** The switch sends its clearing file; officers and auditors list the breaks of a day. */
@Path("/merchant")
@Produces(MediaType.APPLICATION_JSON)
public class SwitchReconciliationResource {

    public record DayBreaks(String businessDate, List<SwitchBreak> breaks) {}

    @Inject ClearingFiles clearingFiles;
    @Inject SwitchReconciliation reconciliation;
    @Inject SwitchCaller switchCaller;
    @Inject MerchantConfig config;

    /** The clearing file as text/csv (see {@link ClearingFile} for its columns); 200 with the breaks per date. */
    @POST
    @Path("/clearing-files")
    @Consumes("text/csv")
    @RolesAllowed(Roles.BANK)
    @Blocking
    public ClearingFiles.Received receive(InputStream body) {
        String actor = switchCaller.require();
        byte[] bytes = readCapped(body, config.clearingFileBytesMax());
        return clearingFiles.receive(bytes, config.switchBankBin(), actor).await().atMost(Duration.ofMinutes(5));
    }

    /** The same file as form field {@code file} of a multipart upload, as the switch's file transfer sends it. */
    @POST
    @Path("/clearing-files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.BANK)
    @Blocking
    public ClearingFiles.Received receiveUpload(@RestForm("file") FileUpload file) {
        String actor = switchCaller.require();
        if (file == null) {
            throw DomainException.invalid("FILE_MISSING", "Send the clearing file as the form field 'file'.",
                    List.of(Violation.ofField("file", "REQUIRED", "No file was sent.")));
        }
        try (InputStream body = Files.newInputStream(file.uploadedFile())) {
            byte[] bytes = readCapped(body, config.clearingFileBytesMax());
            return clearingFiles.receive(bytes, config.switchBankBin(), actor).await().atMost(Duration.ofMinutes(5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("/switch-reconciliations/{date}")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    public Uni<DayBreaks> breaks(@PathParam("date") String date) {
        var businessDate = DateParam.parse(date);
        return reconciliation.breaks(businessDate).map(found -> new DayBreaks(businessDate.toString(), found));
    }

    private static byte[] readCapped(InputStream body, int bytesMax) {
        try {
            byte[] bytes = body.readNBytes(bytesMax + 1);
            if (bytes.length > bytesMax) {
                throw new DomainException(DomainException.Kind.TOO_LARGE, "TOO_LARGE",
                        "A clearing file is at most " + bytesMax + " bytes.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
