package vn.ansinh.merchant.settlement;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.ansinh.access.Roles;
import vn.ansinh.merchant.MerchantConfig;
import vn.ansinh.merchant.switchrecon.SwitchReconciliation;

/** Cutovers on demand (admin), and settlements read back by officers and auditors, with per-merchant reports. */
@Path("/merchant")
@Produces(MediaType.APPLICATION_JSON)
public class SettlementResource {

    public record CutoverRequest(String businessDate) {}

    public record BatchPage(SettlementBatch batch, List<SettlementLine> lines, long nextAfter) {}

    public record PaymentsPage(SettlementBatch batch, Map<String, SettlementPayments.StateTotal> paymentsByState,
                               List<SettlementPaymentView> payouts, long nextAfter) {}

    @Inject Cutover cutover;
    @Inject Settlements settlements;
    @Inject SettlementPayments payments;
    @Inject ReportEntries entries;
    @Inject SwitchReconciliation reconciliation;
    @Inject MerchantConfig config;
    @Inject JsonWebToken caller;

    /** 201 with the new batch; 200 with the existing one when the date was settled before. */
    @POST
    @Path("/cutovers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> cutover(CutoverRequest request) {
        LocalDate date = DateParam.parse(request == null ? null : request.businessDate());
        String actor = caller.getName();
        return cutover.cutover(date, actor)
                .call(outcome -> outcome.created() ? reconciliation.reconcile(date, actor) : Uni.createFrom().voidItem())
                .map(outcome -> Response.status(outcome.created() ? 201 : 200).entity(outcome.batch()).build());
    }

    @GET
    @Path("/settlements/{date}")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    public Uni<BatchPage> settlement(@PathParam("date") String date, @QueryParam("after") @DefaultValue("0") long after,
                                     @QueryParam("limit") @DefaultValue("100") int limit) {
        int pageSize = Math.max(1, Math.min(limit, config.settlementLinesPerPageMax()));
        return settlements.requireBatch(DateParam.parse(date)).chain(batch -> settlements.lines(batch.id(), after, pageSize)
                .map(lines -> new BatchPage(batch, lines, lines.size() < pageSize ? 0 : lines.getLast().merchantId())));
    }

    /** Each merchant's payout (paid, nothing due, or carried forward) and where the rails have taken its payment. */
    @GET
    @Path("/settlements/{date}/payments")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    public Uni<PaymentsPage> payments(@PathParam("date") String date, @QueryParam("after") @DefaultValue("0") long after,
                                      @QueryParam("limit") @DefaultValue("100") int limit) {
        int pageSize = Math.max(1, Math.min(limit, config.settlementLinesPerPageMax()));
        return settlements.requireBatch(DateParam.parse(date)).chain(batch -> payments.byState(batch.id())
                .chain(byState -> payments.page(batch.id(), after, pageSize).map(page -> new PaymentsPage(batch,
                        byState, page, page.size() < pageSize ? 0 : page.getLast().merchantId()))));
    }

    @GET
    @Path("/settlements/{date}/{merchantId}.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Blocking
    public Response csv(@PathParam("date") String date, @PathParam("merchantId") long merchantId) {
        var batch = settlements.requireBatch(DateParam.parse(date)).await().atMost(config.databaseTimeout());
        var line = settlements.line(batch.id(), merchantId).await().atMost(config.databaseTimeout());
        StreamingOutput body = out -> CsvSettlementReport.write(batch, line, entries, out);
        return attachment(body, "text/csv; charset=UTF-8", name(batch, merchantId, "csv"));
    }

    @GET
    @Path("/settlements/{date}/{merchantId}.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.OFFICER, Roles.AUDITOR})
    @Blocking
    public Response pdf(@PathParam("date") String date, @PathParam("merchantId") long merchantId) {
        var batch = settlements.requireBatch(DateParam.parse(date)).await().atMost(config.databaseTimeout());
        var line = settlements.line(batch.id(), merchantId).await().atMost(config.databaseTimeout());
        StreamingOutput body = out -> PdfSettlementReport.write(batch, line, entries, config.pdfEntriesMax(), out);
        return attachment(body, "application/pdf", name(batch, merchantId, "pdf"));
    }

    private static String name(SettlementBatch batch, long merchantId, String extension) {
        return "settlement-" + batch.businessDate() + "-merchant-" + merchantId + "." + extension;
    }

    private static Response attachment(StreamingOutput body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

}
