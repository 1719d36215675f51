package vn.ansinh.beneficiary.intake.read;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Decides between comma and semicolon (Excel writes semicolons where the decimal separator is a comma) from the
 * first line that contains either outside quotes — the header, or a title line exported with the header's width.
 * A tie goes to the comma.
 */
final class CsvDelimiter {

    /** Characters looked at; a header is far shorter. */
    static final int SNIFF_CHARS_MAX = 64 * 1024;

    private CsvDelimiter() {
    }

    /** Reads ahead and resets, so the reader is where it was. */
    static char sniff(BufferedReader reader) throws IOException {
        reader.mark(SNIFF_CHARS_MAX);
        char[] buffer = new char[SNIFF_CHARS_MAX];
        int length = reader.read(buffer, 0, SNIFF_CHARS_MAX);
        reader.reset();
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int index = 0; index < Math.max(length, 0); index++) {
            char character = buffer[index];
            if (character == '"') {
                quoted = !quoted;
            } else if (!quoted && character == ',') {
                commas++;
            } else if (!quoted && character == ';') {
                semicolons++;
            } else if (!quoted && character == '\n' && commas + semicolons > 0) {
                break;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
