package vn.ansinh.reconciliation.parse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails the read as soon as more than {@code bytesMax} bytes have come through, so size is checked while streaming. */
final class BoundedInputStream extends FilterInputStream {
    private final long bytesMax;
    private long bytesRead;

    BoundedInputStream(InputStream in, long bytesMax) {
        super(in);
        this.bytesMax = bytesMax;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value >= 0) {
            count(1);
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            count(read);
        }
        return read;
    }

    private void count(int read) throws IOException {
        bytesRead += read;
        if (bytesRead > bytesMax) {
            throw new OversizedInputException("input larger than bytesMax=" + bytesMax);
        }
    }

    /** Distinguishes the size limit from ordinary I/O failures. */
    static final class OversizedInputException extends IOException {
        OversizedInputException(String message) {
            super(message);
        }
    }
}
