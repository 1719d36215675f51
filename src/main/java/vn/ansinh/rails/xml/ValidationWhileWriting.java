package vn.ansinh.rails.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Validates a document against its XSD on a second thread while it is being written: what is written to
 * {@link #sink()} is validated as it comes, so a large file costs the longer of writing and validating, not the sum.
 * The two threads hand over 64 KiB chunks through a bounded queue (at most 4 MiB waiting), and the validating thread
 * reads to the end even after its verdict is known, so the writer never waits on a reader that stopped. Close the
 * sink when the document is complete (or abandoned), then ask for the {@link #verdict()}.
 */
public final class ValidationWhileWriting implements AutoCloseable {

    private static final int CHUNK_BYTES = 1 << 16;
    private static final int CHUNKS_WAITING_MAX = 64;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(CHUNKS_WAITING_MAX);
    private final Sink sink = new Sink();
    private final CompletableFuture<SchemaVerdict> verdict = new CompletableFuture<>();

    private ValidationWhileWriting() {
    }

    public static ValidationWhileWriting start(IsoSchema schema, String threadName) {
        var validation = new ValidationWhileWriting();
        Thread.ofPlatform().name(threadName).daemon().start(() -> validation.validate(schema));
        return validation;
    }

    /** Where the document is written; closing it ends the document for the validator. */
    public OutputStream sink() {
        return sink;
    }

    /** Ends the document if the sink is still open and waits for the validating thread's verdict. */
    public SchemaVerdict verdict() {
        close();
        try {
            return verdict.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the schema verdict", interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("the schema validation failed: " + failed.getCause(), failed.getCause());
        }
    }

    @Override
    public void close() {
        try {
            sink.close();
        } catch (IOException interrupted) {
            throw new UncheckedIOException(interrupted);
        }
    }

    private void validate(IsoSchema schema) {
        var source = new Source();
        try {
            verdict.complete(verdictOf(schema, source));
        } catch (RuntimeException failure) {
            verdict.completeExceptionally(failure);
        } finally {
            drain(source);
        }
    }

    private static SchemaVerdict verdictOf(IsoSchema schema, InputStream source) {
        try {
            return SchemaValidator.validate(schema, source);
        } catch (UncheckedIOException unreadable) {
            return new SchemaVerdict.Invalid(List.of("unreadable: " + unreadable.getCause().getMessage()));
        }
    }

    /** Reads what is left, so that a writer still writing after the verdict never waits for room. */
    private static void drain(InputStream source) {
        try {
            source.transferTo(OutputStream.nullOutputStream());
        } catch (IOException interrupted) {
            // Only an interrupt ends a read early: the engine is stopping, and the writer with it.
        }
    }

    /** The writer's end: fills a chunk, then queues it, waiting while the validator is 4 MiB behind. */
    private final class Sink extends OutputStream {
        private byte[] chunk = new byte[CHUNK_BYTES];
        private int filled;
        private boolean closed;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (closed) {
                throw new IOException("the document was already ended");
            }
            while (length > 0) {
                int taken = Math.min(length, CHUNK_BYTES - filled);
                System.arraycopy(bytes, offset, chunk, filled, taken);
                filled += taken;
                offset += taken;
                length -= taken;
                if (filled == CHUNK_BYTES) {
                    hand(chunk);
                    chunk = new byte[CHUNK_BYTES];
                    filled = 0;
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (filled > 0) {
                hand(Arrays.copyOf(chunk, filled));
            }
            hand(END);
        }

        private void hand(byte[] full) throws IOException {
            try {
                chunks.put(full);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted handing the document to its validator");
            }
        }
    }

    /** The validator's end: reads the queued chunks in order until the end marker. */
    private final class Source extends InputStream {
        private byte[] chunk = new byte[0];
        private int position;
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == chunk.length) {
                if (ended) {
                    return -1;
                }
                try {
                    chunk = chunks.take();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted waiting for the document");
                }
                position = 0;
                ended = chunk == END;
            }
            int given = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, target, offset, given);
            position += given;
            return given;
        }
    }
}
