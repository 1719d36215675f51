package vn.ansinh.beneficiary.intake;

import java.util.Objects;

/**
 * Thrown by a row reader when the file must be refused part-way through (invalid UTF-8 on row 500,000, say).
 * {@link vn.ansinh.beneficiary.intake.read.Intake#read} turns it into {@link IntakeResult.Refused}.
 */
public final class IntakeFileException extends RuntimeException {

    private final transient FileProblem problem;

    public IntakeFileException(FileProblem problem) {
        super(Objects.requireNonNull(problem, "problem").describe());
        this.problem = problem;
    }

    public IntakeFileException(FileProblem problem, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem").describe(), cause);
        this.problem = problem;
    }

    public FileProblem problem() {
        return problem;
    }
}
