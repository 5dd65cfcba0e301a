package fr.palmares.load.pdf;

import fr.palmares.load.LoadException;
import fr.palmares.load.Limits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Refuses a decompression bomb before PDFBox reads it: every stream of the file that is not an image
 * (page contents, forms, fonts, object streams) is inflated once, into nothing, through its filters
 * (Flate, LZW, run length, ASCII hex and 85), and counted: one stream past {@link Limits#MAX_STREAM_BYTES}
 * or all of them past {@link Limits#MAX_INFLATED_BYTES} stop the document with a one-line reason.
 * A stream that does not inflate is left for PDFBox to judge (it reads what it can).
 */
public final class StreamBudget {
    private static final Set<COSName> TEXT_FILTERS = Set.of(COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION,
            COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION, COSName.RUN_LENGTH_DECODE,
            COSName.RUN_LENGTH_DECODE_ABBREVIATION, COSName.ASCII_HEX_DECODE, COSName.ASCII_HEX_DECODE_ABBREVIATION,
            COSName.ASCII85_DECODE, COSName.ASCII85_DECODE_ABBREVIATION);

    private StreamBudget() {
    }

    /** Checks every stream of the document; the total inflated size when within the limits. */
    public static long check(COSDocument doc) throws LoadException {
        long total = 0;
        for (Map.Entry<COSObjectKey, Long> e : new ArrayList<>(doc.getXrefTable().entrySet())) {
            Limits.checkInterrupted();
            COSObject o = doc.getObjectFromPool(e.getKey());
            COSBase b;
            try {
                b = o.getObject();
            } catch (RuntimeException ex) {
                continue;
            }
            if (!(b instanceof COSStream s) || COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
                continue;
            }
            List<COSName> filters = filters(s);
            if (filters.isEmpty() || !TEXT_FILTERS.containsAll(filters)) {
                continue;
            }
            long left = Math.min(Limits.MAX_STREAM_BYTES, Limits.MAX_INFLATED_BYTES - total);
            long n = inflated(s, filters, left);
            if (n > left) {
                throw new LoadException(n > Limits.MAX_STREAM_BYTES || left == Limits.MAX_STREAM_BYTES
                        ? "decompression bomb: a stream inflates past " + Limits.size(Limits.MAX_STREAM_BYTES)
                        : "decompression bomb: its streams inflate past " + Limits.size(Limits.MAX_INFLATED_BYTES));
            }
            total += Math.max(0, n);
        }
        return total;
    }

    private static List<COSName> filters(COSStream s) {
        COSBase f = s.getFilters();
        List<COSName> out = new ArrayList<>();
        if (f instanceof COSName n) {
            out.add(n);
        } else if (f instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSName n) {
                    out.add(n);
                } else {
                    return List.of(COSName.DCT_DECODE); // not a plain list of names: not ours to judge
                }
            }
        }
        return out;
    }

    /** The stream's inflated size, counting stops past the limit (then limit + 1); -1 when it does not decode. */
    private static long inflated(COSStream s, List<COSName> filters, long limit) {
        try (InputStream raw = s.createRawInputStream()) {
            InputStream in = raw;
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                boolean last = i == filters.size() - 1;
                Capped out = new Capped(limit, last);
                try {
                    filter.decode(in, out, s, i);
                } catch (Capped.Full full) {
                    return limit + 1;
                }
                if (out.count > limit) {
                    return limit + 1;
                }
                if (last) {
                    return out.count;
                }
                in = new ByteArrayInputStream(out.buffer.toByteArray());
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Counts what is written (keeping it only between two filters), and stops past the limit. */
    private static final class Capped extends OutputStream {
        private final long limit;
        private final boolean discard;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private long count;

        Capped(long limit, boolean discard) {
            this.limit = limit;
            this.discard = discard;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > limit) {
                throw new Full();
            }
            if (!discard) {
                buffer.write(b, off, len);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("time limit");
            }
        }

        /** Thrown through the filter when the limit is passed. */
        static final class Full extends IOException {
            Full() {
                super("inflates past the limit");
            }

            @Override
            public synchronized Throwable fillInStackTrace() {
                return this;
            }
        }
    }
}
