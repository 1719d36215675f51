package vn.ansinh.beneficiary.intake.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.ansinh.beneficiary.intake.FileProblem;
import vn.ansinh.beneficiary.intake.FileProblemCode;
import vn.ansinh.beneficiary.intake.IntakeFileException;

/**
 * Decides a file's format from its first bytes, not its name: officers rename files, and a name cannot make a
 * legacy .xls readable. A zip is taken to be XLSX; text whose first non-blank character is '[' is JSON; other
 * text is CSV.
 */
public final class FormatSniffer {

    /** Leading blank bytes looked through before deciding between JSON and CSV. */
    static final int SNIFF_BYTES_MAX = 4096;

    private FormatSniffer() {
    }

    public static IntakeFormat sniff(Path file, String fileName) throws IOException {
        byte[] start;
        try (InputStream stream = Files.newInputStream(file)) {
            start = stream.readNBytes(SNIFF_BYTES_MAX);
        }
        if (start.length == 0) {
            throw refuse(FileProblemCode.EMPTY_FILE, fileName, "the file has no bytes");
        }
        if (startsWith(start, 0x50, 0x4B, 0x03, 0x04)) {
            return IntakeFormat.XLSX;
        }
        if (startsWith(start, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw refuse(FileProblemCode.UNSUPPORTED_FORMAT, fileName,
                    "a legacy .xls or a password-protected workbook; save it as .xlsx without a password");
        }
        if (startsWith(start, 0xFE, 0xFF) || startsWith(start, 0xFF, 0xFE)) {
            throw refuse(FileProblemCode.ENCODING, fileName, "the text is UTF-16; save it as CSV UTF-8");
        }
        return firstNonBlank(start) == '[' ? IntakeFormat.JSON : IntakeFormat.CSV;
    }

    private static int firstNonBlank(byte[] start) {
        int index = startsWith(start, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (index < start.length && Character.isWhitespace(start[index])) {
            index++;
        }
        return index < start.length ? start[index] : -1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int index = 0; index < prefix.length; index++) {
            if ((bytes[index] & 0xFF) != prefix[index]) {
                return false;
            }
        }
        return true;
    }

    private static IntakeFileException refuse(FileProblemCode code, String fileName, String detail) {
        return new IntakeFileException(FileProblem.ofFile(code, fileName, detail));
    }
}
