package vn.ansinh.beneficiary.intake.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import vn.ansinh.beneficiary.intake.FileProblem;
import vn.ansinh.beneficiary.intake.FileProblemCode;
import vn.ansinh.beneficiary.intake.IntakeFileException;
import vn.ansinh.beneficiary.intake.IntakeLimits;

/**
 * Refuses a workbook that would expand beyond our limits — a zip bomb — before the spreadsheet reader opens it.
 * First the central directory's declared sizes are checked (entry count, total expanded size, compression ratio
 * of large entries); then, since declared sizes can lie, every entry is inflated once through a counter that stops
 * as soon as an entry exceeds its declared size. Only then may the reader inflate the entries again.
 */
final class XlsxGuard {

    /** Small entries cannot be bombs, and tiny ones (styles, empty sheets) compress at odd ratios. */
    static final long RATIO_CHECKED_FROM_BYTES = 1024 * 1024;

    private static final int BUFFER_BYTES = 64 * 1024;

    private XlsxGuard() {
    }

    static void check(Path file, String fileName, IntakeLimits limits) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.xlsxEntriesMax()) {
                throw tooLarge(fileName, "the workbook holds " + zip.size() + " parts; at most "
                        + limits.xlsxEntriesMax() + " are accepted");
            }
            checkDeclaredSizes(zip, fileName, limits);
            checkActualSizes(zip, fileName);
        } catch (ZipException e) {
            throw new IntakeFileException(FileProblem.ofFile(FileProblemCode.UNSUPPORTED_FORMAT, fileName,
                    "not a readable .xlsx workbook: " + e.getMessage()), e);
        }
    }

    private static void checkDeclaredSizes(ZipFile zip, String fileName, IntakeLimits limits) {
        long totalBytes = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            long expanded = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (expanded < 0 || compressed < 0) {
                throw tooLarge(fileName, "part " + entry.getName() + " does not declare its size");
            }
            totalBytes += expanded;
            if (totalBytes > limits.xlsxUncompressedBytesMax()) {
                throw tooLarge(fileName, "the workbook expands to more than " + limits.xlsxUncompressedBytesMax()
                        + " bytes");
            }
            if (expanded >= RATIO_CHECKED_FROM_BYTES
                    && expanded > Math.max(compressed, 1) * limits.xlsxCompressionRatioMax()) {
                throw tooLarge(fileName, "part " + entry.getName() + " expands " + expanded / Math.max(compressed, 1)
                        + " times; at most " + limits.xlsxCompressionRatioMax() + " is accepted (a zip bomb?)");
            }
        }
    }

    private static void checkActualSizes(ZipFile zip, String fileName) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            long expanded = 0;
            try (InputStream stream = zip.getInputStream(entry)) {
                for (int read = stream.read(buffer); read != -1; read = stream.read(buffer)) {
                    expanded += read;
                    if (expanded > entry.getSize()) {
                        throw tooLarge(fileName, "part " + entry.getName() + " expands beyond the "
                                + entry.getSize() + " bytes it declares (a zip bomb?)");
                    }
                }
            }
        }
    }

    private static IntakeFileException tooLarge(String fileName, String detail) {
        return new IntakeFileException(FileProblem.ofFile(FileProblemCode.TOO_LARGE, fileName, detail));
    }
}
