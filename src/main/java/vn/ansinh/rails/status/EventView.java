package vn.ansinh.rails.status;

import java.time.OffsetDateTime;
import java.util.Optional;

/** One transition of a payment: when, from, to, why, which call or message caused it, who recorded it. */
public record EventView(int seq, OffsetDateTime at, String from, String to, Optional<String> reasonCode,
        String source, String actor) {
}
