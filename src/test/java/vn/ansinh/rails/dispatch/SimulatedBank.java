package vn.ansinh.rails.dispatch;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ansinh.rails.bank.InstantAnswer;
import vn.ansinh.rails.reason.ReasonCode;

/**
 * A paying bank in memory for the property tests, with the sandbox's rules: each end-to-end id is decided once
 * (booked, or rejected when its creditor is refused), a later submission of a known id is counted as a duplicate and
 * never booked again, and a booked id can come back as a return.
 */
final class SimulatedBank {

    enum Outcome { BOOKED, REJECTED, RETURNED }

    static final ReasonCode REFUSAL = ReasonCode.of("AC04");

    private final Set<String> refusedIds;
    private final Map<String, Outcome> ledger = new HashMap<>();
    private final Map<String, Integer> duplicates = new HashMap<>();

    SimulatedBank(Set<String> refusedIds) {
        this.refusedIds = Set.copyOf(refusedIds);
    }

    /** A send reaching the bank: the first decides, every later one only reads the decision. */
    InstantAnswer receive(String endToEndId) {
        Outcome existing = ledger.get(endToEndId);
        if (existing != null) {
            duplicates.merge(endToEndId, 1, Integer::sum);
            return answer(endToEndId, existing);
        }
        Outcome decided = refusedIds.contains(endToEndId) ? Outcome.REJECTED : Outcome.BOOKED;
        ledger.put(endToEndId, decided);
        return answer(endToEndId, decided);
    }

    InstantAnswer query(String endToEndId) {
        Outcome known = ledger.get(endToEndId);
        return known == null ? new InstantAnswer.NotReceived() : answer(endToEndId, known);
    }

    /** Sends the money of a booked id back; false when there is nothing booked to return. */
    boolean returnBooked(String endToEndId) {
        if (ledger.get(endToEndId) != Outcome.BOOKED) {
            return false;
        }
        ledger.put(endToEndId, Outcome.RETURNED);
        return true;
    }

    Optional<Outcome> outcome(String endToEndId) {
        return Optional.ofNullable(ledger.get(endToEndId));
    }

    int duplicates(String endToEndId) {
        return duplicates.getOrDefault(endToEndId, 0);
    }

    private static InstantAnswer answer(String endToEndId, Outcome outcome) {
        return switch (outcome) {
            // A returned payment still answers ACSC to a status query, as the sandbox's does.
            case BOOKED, RETURNED -> new InstantAnswer.Decided("ACSC", Optional.empty(),
                    Optional.of("REF-" + endToEndId));
            case REJECTED -> new InstantAnswer.Decided("RJCT", Optional.of(REFUSAL), Optional.empty());
        };
    }
}
