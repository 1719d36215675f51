package vn.ansinh.beneficiary.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.ansinh.banking.inquiry.AccountHolder;
import vn.ansinh.beneficiary.intake.IntakeField;
import vn.ansinh.beneficiary.intake.ReasonCode;
import vn.ansinh.beneficiary.intake.RowProblem;
import vn.ansinh.identity.name.NameMatch;
import vn.ansinh.identity.name.NameVerdict;
import vn.ansinh.identity.registry.Citizen;

/**
 * What the registry's and the bank's answers mean for a row. Pure: the same answers give the same verdict.
 * The registry is the authority on who the person is; the bank's holder name is compared with the registry's
 * name, not with what the officer typed.
 */
public final class RemoteChecks {

    private RemoteChecks() {}

    /** The registry's answer for one row; an absent citizen is one the registry does not know. */
    public static Verdict registry(Candidate row, Optional<Citizen> answer) {
        if (answer.isEmpty()) {
            return Verdict.local(List.of(RowProblem.of(ReasonCode.REGISTRY_NOT_FOUND, IntakeField.CCCD,
                    "the population registry does not know this CCCD")));
        }
        var citizen = answer.get();
        var problems = new ArrayList<RowProblem>();
        if (citizen.deceased()) {
            problems.add(RowProblem.of(ReasonCode.DECEASED, IntakeField.CCCD, "the registry records this person as deceased"));
        }
        var name = NameMatch.of(row.fullName(), citizen.fullName());
        // The list must name the person as the registry does, give or take marks, case, order and a typo.
        if (name.verdict() == NameVerdict.MISMATCH || name.verdict() == NameVerdict.REVIEW) {
            problems.add(RowProblem.of(ReasonCode.REGISTRY_NAME_MISMATCH, IntakeField.FULL_NAME,
                    "the registry's name differs (score " + basisPoints(name.score()) + "/10000)"));
        }
        if (!citizen.dateOfBirth().equals(row.dateOfBirth())) {
            problems.add(RowProblem.of(ReasonCode.REGISTRY_DOB_MISMATCH, IntakeField.DATE_OF_BIRTH,
                    "the registry has another date of birth"));
        }
        if (citizen.gender() != row.gender()) {
            problems.add(RowProblem.of(ReasonCode.REGISTRY_GENDER_MISMATCH, IntakeField.GENDER,
                    "the registry has another gender"));
        }
        return new Verdict(problems, Optional.of(citizen.fullName()), OptionalInt.of(basisPoints(name.score())),
                Optional.empty(), OptionalInt.empty(), Optional.empty());
    }

    /** The bank's answer for a row the registry accepted, judged against the registry's name. */
    public static Verdict account(Verdict afterRegistry, String registryName, AccountHolder holder) {
        var problems = new ArrayList<>(afterRegistry.problems());
        OptionalInt score = OptionalInt.empty();
        switch (holder.status()) {
            case NOT_FOUND -> problems.add(accountProblem(ReasonCode.ACCOUNT_NOT_FOUND, "the bank does not know this account"));
            case CLOSED -> problems.add(accountProblem(ReasonCode.ACCOUNT_CLOSED, "the bank says the account is closed"));
            case DORMANT, ACTIVE -> {
                if (holder.status() == vn.ansinh.banking.inquiry.AccountStatus.DORMANT) {
                    problems.add(accountProblem(ReasonCode.ACCOUNT_DORMANT, "the bank says the account is dormant"));
                }
                var name = NameMatch.of(registryName, holder.holderName());
                score = OptionalInt.of(basisPoints(name.score()));
                switch (name.verdict()) {
                    case EXACT, MATCH -> { }
                    case REVIEW -> problems.add(accountProblem(ReasonCode.ACCOUNT_NAME_REVIEW,
                            "the account holder's name is close to the registry's (score " + score.getAsInt() + "/10000)"));
                    case MISMATCH -> problems.add(accountProblem(ReasonCode.ACCOUNT_NAME_MISMATCH,
                            "the account holder's name is not the registry's (score " + score.getAsInt() + "/10000)"));
                }
            }
        }
        return new Verdict(problems, afterRegistry.registryName(), afterRegistry.registryScoreBp(),
                Optional.of(holder.holderName()), score, Optional.empty());
    }

    /** The row waits: the counterparty did not answer. Whatever was already learned is kept. */
    public static Verdict pending(Verdict soFar, Verdict.PendingStage stage, String detail) {
        var problems = new ArrayList<>(soFar.problems());
        problems.add(new RowProblem(ReasonCode.PENDING_VERIFICATION, Optional.empty(), detail));
        return new Verdict(problems, soFar.registryName(), soFar.registryScoreBp(), soFar.bankHolderName(),
                soFar.accountScoreBp(), Optional.of(stage));
    }

    static int basisPoints(double score) {
        return (int) Math.round(Math.max(0, Math.min(1, score)) * 10_000);
    }

    private static RowProblem accountProblem(ReasonCode code, String detail) {
        return RowProblem.of(code, IntakeField.ACCOUNT_NUMBER, detail);
    }
}
