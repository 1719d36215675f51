package vn.ansinh.rails.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses to read past a byte limit, so a file larger than agreed fails early instead of filling the disk or heap. */
final class BoundedInputStream extends FilterInputStream {

    private final long bytesMax;
    private long bytesRead;

    BoundedInputStream(InputStream input, long bytesMax) {
        super(input);
        this.bytesMax = bytesMax;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        count(value < 0 ? 0 : 1);
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        count(Math.max(read, 0));
        return read;
    }

    @Override
    public long skip(long count) throws IOException {
        long skipped = super.skip(count);
        count(skipped);
        return skipped;
    }

    private void count(long bytes) {
        bytesRead += bytes;
        if (bytesRead > bytesMax) {
            throw new RailMessageException("file larger than the limit of " + bytesMax + " bytes");
        }
    }
}
