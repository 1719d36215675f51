package vn.ansinh.beneficiary.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void everyCodeTheBriefNamesExists() {
        // Proves that the enum holds every reason code intake and verification agreed on (and GENDER_INVALID).
        Set<String> expected = Set.of("CCCD_FORMAT", "CCCD_PROVINCE", "CCCD_CENTURY_GENDER", "CCCD_BIRTH_YEAR",
                "MISSING_FIELD", "DOB_INVALID", "GENDER_INVALID", "AMOUNT_INVALID", "DUPLICATE_IN_FILE",
                "REGISTRY_NOT_FOUND", "DECEASED", "REGISTRY_NAME_MISMATCH", "REGISTRY_DOB_MISMATCH",
                "REGISTRY_GENDER_MISMATCH", "BANK_UNKNOWN", "ACCOUNT_FORMAT", "ACCOUNT_NOT_FOUND", "ACCOUNT_CLOSED",
                "ACCOUNT_DORMANT", "ACCOUNT_NAME_MISMATCH", "ACCOUNT_NAME_REVIEW", "SHARED_ACCOUNT",
                "PENDING_VERIFICATION");
        assertEquals(expected, Arrays.stream(ReasonCode.values()).map(Enum::name).collect(Collectors.toSet()));
    }

    @Test
    void onlyTheAgreedCodesAreSofterThanRejected() {
        // Proves that review codes imply NEEDS_REVIEW, PENDING_VERIFICATION implies PENDING, and all others REJECTED.
        Set<ReasonCode> review = Set.of(ReasonCode.ACCOUNT_NAME_REVIEW, ReasonCode.ACCOUNT_DORMANT,
                ReasonCode.SHARED_ACCOUNT);
        for (ReasonCode code : ReasonCode.values()) {
            Outcome expected = review.contains(code) ? Outcome.NEEDS_REVIEW
                    : code == ReasonCode.PENDING_VERIFICATION ? Outcome.PENDING : Outcome.REJECTED;
            assertEquals(expected, code.outcome(), code.name());
        }
    }

    @Test
    void theMostSevereOutcomeWins() {
        // Proves the order REJECTED > PENDING > NEEDS_REVIEW > VERIFIED when codes are combined.
        assertEquals(Outcome.VERIFIED, Outcome.of(List.of()));
        assertEquals(Outcome.NEEDS_REVIEW, Outcome.of(List.of(ReasonCode.SHARED_ACCOUNT)));
        assertEquals(Outcome.PENDING, Outcome.of(List.of(ReasonCode.SHARED_ACCOUNT, ReasonCode.PENDING_VERIFICATION)));
        assertEquals(Outcome.REJECTED, Outcome.of(List.of(ReasonCode.PENDING_VERIFICATION, ReasonCode.SHARED_ACCOUNT,
                ReasonCode.DECEASED)));
    }
}
