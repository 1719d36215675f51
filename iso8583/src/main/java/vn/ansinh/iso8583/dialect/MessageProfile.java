package vn.ansinh.iso8583.dialect;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import vn.ansinh.iso8583.FieldError;
import vn.ansinh.iso8583.Iso8583Message;

/**
 * Which MTIs our dialect speaks and, for each, the fields that must be present and those that must never be.
 * Only the wire contract lives here; business rules (a POS request needs its terminal id, a 0800 its DE70)
 * are the acquirer's, so that the public test corpus, which has a 0800 without DE70, stays valid.
 *
 * @param mandatory fields without which the message means nothing
 * @param forbidden fields whose presence is an error: card-security data never travels in reversals,
 *                  responses or batch totals, because the original transaction is referred to, not repeated
 */
public record MessageProfile(String mtiClass, Set<Integer> mandatory, Set<Integer> forbidden) {
    private static final Set<Integer> CARD_SECURITY = Set.of(14, 35, 36, 45, 52);
    private static final Set<Integer> TRACK_AND_PIN = Set.of(35, 36, 45, 52);

    private static final MessageProfile AUTHORIZATION_REQUEST = new MessageProfile("request", Set.of(3, 4, 7, 11), Set.of());
    private static final MessageProfile AUTHORIZATION_RESPONSE = new MessageProfile("response", Set.of(3, 7, 11, 39), TRACK_AND_PIN);
    private static final MessageProfile REVERSAL_REQUEST = new MessageProfile("reversal", Set.of(4, 7, 11, 32), CARD_SECURITY);
    private static final MessageProfile REVERSAL_RESPONSE = new MessageProfile("reversal response", Set.of(7, 11, 39), CARD_SECURITY);
    private static final MessageProfile RECONCILIATION_REQUEST =
            new MessageProfile("reconciliation", Set.of(7, 11), union(CARD_SECURITY, Set.of(2)));
    private static final MessageProfile RECONCILIATION_RESPONSE =
            new MessageProfile("reconciliation response", Set.of(7, 11, 39), union(CARD_SECURITY, Set.of(2)));
    private static final MessageProfile NETWORK_REQUEST = new MessageProfile("network management", Set.of(7, 11), Set.of());
    private static final MessageProfile NETWORK_RESPONSE =
            new MessageProfile("network management response", Set.of(7, 11, 39), TRACK_AND_PIN);

    private static final Map<String, MessageProfile> BY_MTI = Map.ofEntries(
            Map.entry("0100", AUTHORIZATION_REQUEST), Map.entry("0110", AUTHORIZATION_RESPONSE),
            Map.entry("0200", AUTHORIZATION_REQUEST), Map.entry("0210", AUTHORIZATION_RESPONSE),
            Map.entry("0220", AUTHORIZATION_REQUEST), Map.entry("0230", AUTHORIZATION_RESPONSE),
            Map.entry("0400", REVERSAL_REQUEST), Map.entry("0401", REVERSAL_REQUEST), Map.entry("0410", REVERSAL_RESPONSE),
            Map.entry("0420", REVERSAL_REQUEST), Map.entry("0421", REVERSAL_REQUEST), Map.entry("0430", REVERSAL_RESPONSE),
            Map.entry("0500", RECONCILIATION_REQUEST), Map.entry("0510", RECONCILIATION_RESPONSE),
            Map.entry("0800", NETWORK_REQUEST), Map.entry("0810", NETWORK_RESPONSE));

    public MessageProfile {
        mandatory = Set.copyOf(mandatory);
        forbidden = Set.copyOf(forbidden);
        for (int field : mandatory) {
            if (forbidden.contains(field)) {
                throw new IllegalArgumentException("field " + field + " cannot be both mandatory and forbidden");
            }
        }
    }

    public static Set<String> supportedMtis() {
        return new TreeSet<>(BY_MTI.keySet());
    }

    public static Optional<MessageProfile> of(String mti) {
        return Optional.ofNullable(BY_MTI.get(mti));
    }

    /** The first breach of the profile for this message's MTI, lowest field number first. */
    public static Optional<FieldError> check(Iso8583Message message) {
        MessageProfile profile = BY_MTI.get(message.mti());
        if (profile == null) {
            return Optional.of(new FieldError(0, "MTI " + message.mti() + " is not one our dialect speaks "
                    + supportedMtis()));
        }
        // The profile's few fields are checked, not all 127: every request and response of the host passes here.
        int lowestForbidden = lowest(profile.forbidden, message::has);
        int lowestMissing = lowest(profile.mandatory, field -> !message.has(field));
        if (lowestForbidden < lowestMissing) {
            return Optional.of(new FieldError(lowestForbidden, "must not be present in a " + message.mti() + " "
                    + profile.mtiClass + " (card-security data is referred to, never repeated)"));
        }
        if (lowestMissing < Integer.MAX_VALUE) {
            return Optional.of(new FieldError(lowestMissing, "is mandatory in a " + message.mti() + " "
                    + profile.mtiClass));
        }
        return Optional.empty();
    }

    /** The lowest field of the set that breaches, or Integer.MAX_VALUE when none does. */
    private static int lowest(Set<Integer> fields, IntPredicate breaches) {
        int lowest = Integer.MAX_VALUE;
        for (int field : fields) {
            if (field < lowest && breaches.test(field)) {
                lowest = field;
            }
        }
        return lowest;
    }

    private static Set<Integer> union(Set<Integer> first, Set<Integer> second) {
        Set<Integer> all = new TreeSet<>(first);
        all.addAll(second);
        return all;
    }
}
