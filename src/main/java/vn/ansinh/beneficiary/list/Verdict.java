package vn.ansinh.beneficiary.list;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import vn.ansinh.beneficiary.intake.Outcome;
import vn.ansinh.beneficiary.intake.ReasonCode;
import vn.ansinh.beneficiary.intake.RowProblem;

/**
 * Where one row ended and why: its outcome, every problem found, what the registry and the bank said, and for a
 * PENDING row which counterparty it still waits on. The outcome is derived from the problems, never set apart.
 */
public record Verdict(List<RowProblem> problems, Optional<String> registryName, OptionalInt registryScoreBp,
                      Optional<String> bankHolderName, OptionalInt accountScoreBp, Optional<PendingStage> pending) {

    /** The counterparty a PENDING row still waits on. */
    public enum PendingStage { REGISTRY, BANK }

    public Verdict {
        problems = List.copyOf(problems);
        Objects.requireNonNull(registryName, "registryName");
        Objects.requireNonNull(bankHolderName, "bankHolderName");
        boolean waiting = problems.stream().anyMatch(p -> p.code() == ReasonCode.PENDING_VERIFICATION);
        if (waiting != pending.isPresent()) {
            throw new IllegalArgumentException("a verdict waits on a counterparty exactly when it is PENDING");
        }
    }

    public static Verdict local(List<RowProblem> problems) {
        return new Verdict(problems, Optional.empty(), OptionalInt.empty(), Optional.empty(), OptionalInt.empty(),
                Optional.empty());
    }

    public Outcome outcome() {
        return Outcome.of(problems.stream().map(RowProblem::code).toList());
    }

    public List<ReasonCode> reasons() {
        return problems.stream().map(RowProblem::code).distinct().toList();
    }
}
