package fr.palmares.write;

import java.io.InputStream;
import java.nio.ByteBuffer;

/** An input stream over a byte buffer (a mapped dataset), for the streaming parser. */
final class BufferStream extends InputStream {
    private final ByteBuffer buf;

    BufferStream(ByteBuffer buf) {
        this.buf = buf;
    }

    @Override
    public int read() {
        return buf.hasRemaining() ? buf.get() & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (!buf.hasRemaining()) {
            return -1;
        }
        int n = Math.min(len, buf.remaining());
        buf.get(b, off, n);
        return n;
    }
}
