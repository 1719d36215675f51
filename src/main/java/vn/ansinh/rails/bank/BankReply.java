package vn.ansinh.rails.bank;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import java.util.Optional;

/**
 * A bank's HTTP answer, reduced to what the rails read. Built inside the guarded call, so that a server error or an
 * overloaded bank fails the call and counts against the bank's breaker; a refusal (4xx) is an answer, not a failure.
 */
record BankReply(int status, Optional<JsonObject> json, Optional<String> lastSequence, Optional<String> lastPage) {

    /** The simulator's and our banks' paging headers for notifications. */
    static final String LAST_SEQUENCE_HEADER = "X-Sandbox-Last-Seq";
    static final String LAST_PAGE_HEADER = "X-Sandbox-Last-Page";
    /** A JSON answer larger than this is not one the rails expect; it is not parsed. */
    static final int JSON_BYTES_MAX = 64 * 1024;

    static BankReply of(HttpResponse<Buffer> response) {
        requireAvailable(response.statusCode());
        Buffer body = response.body();
        return new BankReply(response.statusCode(), parse(body), Optional.empty(), Optional.empty());
    }

    static BankReply ofHeaders(int status, MultiMap headers) {
        requireAvailable(status);
        return new BankReply(status, Optional.empty(), Optional.ofNullable(headers.get(LAST_SEQUENCE_HEADER)),
                Optional.ofNullable(headers.get(LAST_PAGE_HEADER)));
    }

    String text(String field) {
        return json.map(object -> object.getValue(field)).filter(String.class::isInstance).map(String.class::cast)
                .orElse("");
    }

    private static void requireAvailable(int status) {
        if (status >= 500 || status == 408 || status == 429) {
            throw new BankUnavailable("answered " + status);
        }
    }

    private static Optional<JsonObject> parse(Buffer body) {
        if (body == null || body.length() == 0 || body.length() > JSON_BYTES_MAX) {
            return Optional.empty();
        }
        try {
            return Optional.of(body.toJsonObject());
        } catch (DecodeException | ClassCastException notJson) {
            return Optional.empty();
        }
    }

    /** The bank is down, overloaded or failing: the guard retries reads and counts it against the breaker. */
    static final class BankUnavailable extends RuntimeException {
        BankUnavailable(String detail) {
            super(detail, null, false, false);
        }
    }
}
