package vn.ansinh.payout.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.ansinh.access.Roles;
import vn.ansinh.banking.AccountNumber;
import vn.ansinh.banking.BankDirectory;
import vn.ansinh.payout.JsonInput;
import vn.ansinh.platform.DomainException;
import vn.ansinh.rails.party.BankBin;

/** A program's payout settings: everyone who works with runs reads them; only an admin changes them. */
@Path("/programs/{code}/payout-settings")
@Produces(MediaType.APPLICATION_JSON)
public class PayoutSettingsResource {

    private static final Set<String> FIELDS = Set.of("fundingBin", "fundingAccount", "fundingName", "rail",
            "budgetPerPeriodVnd", "benefitRule", "approvalSecondAboveVnd");
    private static final Set<String> RULE_FIELDS = Set.of("kind", "amountVnd", "baseVnd", "coefficientsPermille");

    @Inject PayoutSettingsStore store;
    @Inject JsonWebToken caller;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
    public Uni<Map<String, Object>> read(@PathParam("code") String code) {
        return store.find(code).map(found -> found.map(PayoutSettingsStore::view).orElseThrow(() ->
                DomainException.notFound("PAYOUT_SETTINGS_NOT_SET", "Program " + code + " has no payout settings yet.")));
    }

    /** Replaces the settings as a whole; a rule left out means each beneficiary's enrolled amount is paid. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Uni<Map<String, Object>> replace(@PathParam("code") String code, JsonNode body) {
        var settings = parse(body == null ? MissingNode.getInstance() : body);
        return store.replace(code, settings, caller.getName()).map(PayoutSettingsStore::view);
    }

    static PayoutSettings parse(JsonNode body) {
        var input = JsonInput.of(body, FIELDS);
        String bin = input.text("fundingBin", BankBin.LENGTH);
        if (!bin.isEmpty() && (!bin.matches("[0-9]{6}") || BankDirectory.standard().find(bin).isEmpty())) {
            input.violation("fundingBin", "BANK_UNKNOWN", "the six-digit BIN of a NAPAS member bank");
        }
        var account = AccountNumber.parse(input.text("fundingAccount", AccountNumber.DIGITS_MAX));
        if (input.has("fundingAccount") && account.isEmpty()) {
            input.violation("fundingAccount", "ACCOUNT_FORMAT", "6 to 19 digits");
        }
        String name = input.text("fundingName", PayoutSettings.FUNDING_NAME_LENGTH_MAX);
        var rail = input.optionalEnum("rail", Rail.class);
        if (!input.has("rail")) input.violation("rail", "REQUIRED", "FILE or INSTANT");
        long budget = input.integer("budgetPerPeriodVnd", 1, PayoutSettings.BUDGET_VND_MAX);
        OptionalLong threshold = input.optionalLong("approvalSecondAboveVnd", 1, PayoutSettings.BUDGET_VND_MAX);
        BenefitRule rule = input.has("benefitRule") ? BenefitRuleJson.read(input.object("benefitRule", RULE_FIELDS))
                : new BenefitRule.EnrolledAmount();
        input.refuseIfInvalid("PAYOUT_SETTINGS_INVALID", "The payout settings are not valid; see violations.");
        return new PayoutSettings(new BankBin(bin), account.orElseThrow(), name, rail.orElseThrow(), budget, rule,
                threshold);
    }
}
