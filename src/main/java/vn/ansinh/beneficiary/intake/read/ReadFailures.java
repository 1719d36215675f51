package vn.ansinh.beneficiary.intake.read;

import java.nio.charset.CharacterCodingException;
import vn.ansinh.beneficiary.intake.FileProblem;
import vn.ansinh.beneficiary.intake.FileProblemCode;
import vn.ansinh.beneficiary.intake.IntakeFileException;
import vn.ansinh.identity.Masking;

/** Turns a parser's low-level failure into the officer-facing refusal of the file. */
final class ReadFailures {

    private ReadFailures() {
    }

    /**
     * ENCODING when the failure was an invalid UTF-8 byte, MALFORMED otherwise. The parser's message is kept for
     * the officer with long digit runs masked, since parsers quote the text they choke on.
     */
    static IntakeFileException refusal(Throwable failure, String fileName, long nearRow) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return new IntakeFileException(FileProblem.atRow(FileProblemCode.ENCODING, fileName, nearRow,
                        "bytes that are not valid UTF-8; save the file as CSV UTF-8"), failure);
            }
        }
        String message = String.valueOf(failure.getMessage());
        return new IntakeFileException(FileProblem.atRow(FileProblemCode.MALFORMED, fileName, nearRow,
                Masking.freeText(message)), failure);
    }
}
