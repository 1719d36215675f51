package vn.ansinh.payout.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ansinh.payout.JsonInput;

/**
 * Reads {@code POST /runs}: {@code {"program","period","kind":"REGULAR","arrears":[{"beneficiaryId","amountVnd",
 * "forPeriod","reason"}]}} or {@code {"program","period","kind":"REISSUE","paymentIds":[…]}}. Every mistake is
 * reported at once.
 */
public final class RunRequestJson {

    private static final Set<String> FIELDS = Set.of("program", "period", "kind", "arrears", "paymentIds");
    private static final Set<String> ARREARS_FIELDS = Set.of("beneficiaryId", "amountVnd", "forPeriod", "reason");

    private RunRequestJson() {}

    /** One arrears item as read, before it is known to be valid. */
    private record RawArrears(long beneficiaryId, long amountVnd, Optional<Period> forPeriod, String reason) {}

    public static RunRequest read(JsonNode body, PayoutConfig config) {
        var input = JsonInput.of(body, FIELDS);
        String program = input.text("program", 32);
        String periodText = input.text("period", 7);
        var period = Period.parse(periodText);
        if (input.has("period") && period.isEmpty()) input.violation("period", "PERIOD", "a month written yyyy-MM");
        RunKind kind = input.optionalEnum("kind", RunKind.class).orElse(RunKind.REGULAR);
        return switch (kind) {
            case REGULAR -> {
                if (input.has("paymentIds")) input.violation("paymentIds", "NOT_ALLOWED", "only for a REISSUE run");
                var arrears = arrears(input, period.orElse(null), config.arrearsPerRunMax());
                input.refuseIfInvalid("RUN_REQUEST_INVALID", "The run request is not valid; see violations.");
                yield new RunRequest.Regular(program, period.orElseThrow(), arrears);
            }
            case REISSUE -> {
                if (input.has("arrears")) input.violation("arrears", "NOT_ALLOWED", "only for a REGULAR run");
                var ids = paymentIds(input, config.reissuePaymentsMax());
                input.refuseIfInvalid("RUN_REQUEST_INVALID", "The run request is not valid; see violations.");
                yield new RunRequest.Reissue(program, period.orElseThrow(), ids);
            }
        };
    }

    private static List<Arrears> arrears(JsonInput input, Period runPeriod, int max) {
        var out = new ArrayList<Arrears>();
        if (!input.has("arrears")) return out;
        JsonNode items = input.node("arrears");
        if (!items.isArray() || items.size() > max) {
            input.violation("arrears", "LIST", "a list of at most " + max + " arrears");
            return out;
        }
        var seen = new HashSet<String>();
        var read = new ArrayList<RawArrears>();
        for (int i = 0; i < items.size(); i++) {
            var item = input.element("arrears", i, ARREARS_FIELDS);
            long beneficiary = item.integer("beneficiaryId", 1, Long.MAX_VALUE);
            long amount = item.integer("amountVnd", 1, Arrears.AMOUNT_VND_MAX);
            var forPeriod = Period.parse(item.text("forPeriod", 7));
            String reason = item.text("reason", Arrears.REASON_LENGTH_MAX);
            if (forPeriod.isEmpty() || runPeriod == null || !forPeriod.get().isBefore(runPeriod)) {
                item.violation("forPeriod", "PERIOD", "a month yyyy-MM before the run's period");
            } else if (!seen.add(beneficiary + "@" + forPeriod.get())) {
                item.violation("forPeriod", "REPEATED", "arrears for one beneficiary and period are given once");
            }
            read.add(new RawArrears(beneficiary, amount, forPeriod, reason));
        }
        // Built only when every item is valid, so no half-checked value reaches the record's constructor.
        if (input.valid()) {
            read.forEach(item -> out.add(new Arrears(item.beneficiaryId(), item.amountVnd(), item.forPeriod().orElseThrow(),
                    item.reason())));
        }
        return out;
    }

    private static List<Long> paymentIds(JsonInput input, int max) {
        JsonNode items = input.node("paymentIds");
        var out = new ArrayList<Long>();
        if (!items.isArray() || items.isEmpty() || items.size() > max) {
            input.violation("paymentIds", "LIST", "a list of 1 to " + max + " payment ids");
            return out;
        }
        var seen = new HashSet<Long>();
        items.forEach(item -> {
            if (!item.isIntegralNumber() || !item.canConvertToLong() || item.asLong() < 1 || !seen.add(item.asLong())) {
                input.violation("paymentIds", "PAYMENT_ID", "distinct positive payment ids; " + item + " is not");
            } else {
                out.add(item.asLong());
            }
        });
        return out;
    }
}
