package vn.ansinh.iso8583;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How a message is delimited on a stream. NONE means the message is the whole input (a file, a datagram); a
 * TCP link needs one of the others, which the host server enforces.
 */
public enum LengthHeader {
    NONE(0, 0),
    /** Two bytes, unsigned big-endian: the usual POS terminal framing. */
    BINARY_2(2, 0xFFFF),
    /** Four ASCII digits. */
    ASCII_4(4, 9999);

    private final int headerBytes;
    private final int bodyBytesMax;

    LengthHeader(int headerBytes, int bodyBytesMax) {
        this.headerBytes = headerBytes;
        this.bodyBytesMax = bodyBytesMax;
    }

    public int headerBytes() {
        return headerBytes;
    }

    /** The message with its header in front. */
    public byte[] frame(byte[] body) {
        if (this != NONE && body.length > bodyBytesMax) {
            throw new IllegalArgumentException(body.length + " bytes do not fit a " + this + " header");
        }
        byte[] framed = new byte[headerBytes + body.length];
        switch (this) {
            case NONE -> { }
            case BINARY_2 -> {
                framed[0] = (byte) (body.length >>> 8);
                framed[1] = (byte) body.length;
            }
            case ASCII_4 -> System.arraycopy(String.format("%04d", body.length).getBytes(StandardCharsets.US_ASCII),
                    0, framed, 0, headerBytes);
        }
        System.arraycopy(body, 0, framed, headerBytes, body.length);
        return framed;
    }

    /**
     * Reads one message; empty when the stream ended cleanly before a header began.
     *
     * @param messageBytesMax the largest body accepted, checked before the body is read
     * @throws IOException when the header is malformed, too large, or the stream ends inside a message
     */
    public Optional<byte[]> read(InputStream in, int messageBytesMax) throws IOException {
        if (this == NONE) {
            byte[] all = in.readNBytes(messageBytesMax + 1);
            if (all.length > messageBytesMax) {
                throw new IOException("message exceeds " + messageBytesMax + " bytes");
            }
            return all.length == 0 ? Optional.empty() : Optional.of(all);
        }
        byte[] header = in.readNBytes(headerBytes);
        if (header.length == 0) {
            return Optional.empty();
        }
        if (header.length < headerBytes) {
            throw new EOFException("stream ended inside a " + this + " length header");
        }
        int length = bodyLength(header);
        if (length > messageBytesMax) {
            throw new IOException("length header says " + length + " bytes, above the limit of " + messageBytesMax);
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException("stream ended after " + body.length + " of " + length + " message bytes");
        }
        return Optional.of(body);
    }

    private int bodyLength(byte[] header) throws IOException {
        return switch (this) {
            case NONE -> throw new IllegalStateException("NONE has no header");
            case BINARY_2 -> ((header[0] & 0xFF) << 8) | (header[1] & 0xFF);
            case ASCII_4 -> {
                String digits = new String(header, StandardCharsets.ISO_8859_1);
                if (!digits.matches("[0-9]{4}")) {
                    throw new IOException("ASCII length header is not four digits");
                }
                yield Integer.parseInt(digits);
            }
        };
    }
}
