package fr.palmares.load;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the bytes of a text file, as charset detectors do:
 * <ol>
 * <li>a byte order mark says UTF-8 or UTF-16 (LE/BE);</li>
 * <li>bytes that are well-formed UTF-8 are UTF-8;</li>
 * <li>bytes with at least one well-formed UTF-8 multi-byte sequence are UTF-8 damaged here and there:
 * they are read as UTF-8, each invalid byte replaced by U+FFFD, with a warning naming the lines;</li>
 * <li>otherwise (bytes above 0x7F, none of them in a UTF-8 sequence) Windows-1252, a superset of
 * ISO-8859-1 for printable characters.</li>
 * </ol>
 * Line ends (CRLF, CR) are normalized to "\n".
 */
public final class TextDecoder {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int MAX_LINES_NAMED = 5;

    /**
     * The decoded text, the charset used ("UTF-8", "UTF-8 (BOM)", "UTF-16", "windows-1252"), and what the
     * decoding noticed, one line each.
     */
    public record Decoded(String text, String charset, List<String> warnings) {
        public Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    private TextDecoder() {
    }

    /** The text, line ends normalized. */
    public static String decode(byte[] bytes) {
        return decodeText(bytes).text();
    }

    /** The text (line ends normalized), its charset and the warnings. */
    public static Decoded decodeText(byte[] bytes) {
        if (starts(bytes, 0xFF, 0xFE)) {
            return new Decoded(lines(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)), "UTF-16", List.of());
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return new Decoded(lines(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)), "UTF-16", List.of());
        }
        boolean bom = starts(bytes, 0xEF, 0xBB, 0xBF);
        int from = bom ? 3 : 0;
        Utf8Scan scan = Utf8Scan.of(bytes, from);
        String charset = bom ? "UTF-8 (BOM)" : "UTF-8";
        if (scan.invalid() == 0) {
            return new Decoded(lines(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8)), charset, List.of());
        }
        if (bom || scan.multiByte() > 0) {
            String text = lines(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8));
            return new Decoded(text, charset, List.of(damaged(scan)));
        }
        return new Decoded(lines(new String(bytes, WINDOWS_1252)), "windows-1252", List.of());
    }

    /** The charset {@link #decode} would use, for messages and tests. */
    public static String detect(byte[] bytes) {
        return decodeText(bytes).charset();
    }

    /** True when the bytes are well-formed UTF-8 (ASCII included). */
    public static boolean isValidUtf8(byte[] bytes) {
        return Utf8Scan.of(bytes, 0).invalid() == 0;
    }

    /** True when the bytes hold well-formed UTF-8 multi-byte sequences (whatever else they hold). */
    public static boolean hasUtf8Sequences(byte[] bytes) {
        return Utf8Scan.of(bytes, 0).multiByte() > 0;
    }

    /** One warning for the invalid bytes replaced, naming the lines (the first few). */
    static String damaged(Utf8Scan scan) {
        List<Integer> lines = scan.badLines();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(lines.size(), MAX_LINES_NAMED); i++) {
            sb.append(i == 0 ? "" : ", ").append(lines.get(i));
        }
        if (lines.size() > MAX_LINES_NAMED) {
            sb.append(" and ").append(lines.size() - MAX_LINES_NAMED).append(" more");
        }
        return scan.invalid() + " invalid UTF-8 byte(s) replaced by U+FFFD on line" + (lines.size() > 1 ? "s " : " ")
                + sb;
    }

    private static String lines(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean starts(byte[] b, int... sig) {
        if (b.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a pass over the bytes as UTF-8 finds: well-formed multi-byte sequences, invalid bytes (a
     * malformed sequence counts its bytes), and the lines (1-based, "\n" or "\r" ends) holding them.
     */
    record Utf8Scan(int multiByte, int invalid, List<Integer> badLines) {
        static Utf8Scan of(byte[] b, int from) {
            int multi = 0;
            int invalid = 0;
            int line = 1;
            List<Integer> bad = new ArrayList<>();
            int i = from;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    if (c == '\n' || c == '\r' && (i + 1 >= b.length || b[i + 1] != '\n')) {
                        line++;
                    }
                    i++;
                    continue;
                }
                int n = sequenceLength(b, i);
                if (n > 0) {
                    multi++;
                    i += n;
                } else {
                    invalid++;
                    if (bad.isEmpty() || bad.get(bad.size() - 1) != line) {
                        bad.add(line);
                    }
                    i++;
                }
            }
            return new Utf8Scan(multi, invalid, bad);
        }

        /** The length of the well-formed UTF-8 sequence at i (RFC 3629: no overlong forms, no surrogates), or 0. */
        private static int sequenceLength(byte[] b, int i) {
            int c = b[i] & 0xFF;
            int n;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 3;
                if (c == 0xE0) {
                    lo = 0xA0;
                } else if (c == 0xED) {
                    hi = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 4;
                if (c == 0xF0) {
                    lo = 0x90;
                } else if (c == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                return 0;
            }
            if (i + n > b.length) {
                return 0;
            }
            int second = b[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return 0;
            }
            for (int k = 2; k < n; k++) {
                int x = b[i + k] & 0xFF;
                if (x < 0x80 || x > 0xBF) {
                    return 0;
                }
            }
            return n;
        }
    }
}
