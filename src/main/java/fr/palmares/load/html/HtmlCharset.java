package fr.palmares.load.html;

import fr.palmares.load.TextDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of an HTML file, in this order:
 * <ol>
 * <li>a byte order mark (UTF-8, UTF-16 LE/BE);</li>
 * <li>the declaration in the first 8 KiB: {@code <meta charset="...">}, {@code <meta http-equiv=
 * "Content-Type" content="text/html; charset=...">} or {@code <?xml encoding="..."?>}. As browsers
 * do, ISO-8859-1 and US-ASCII mean windows-1252, and UTF-16 (impossible once the declaration could
 * be read as ASCII) means UTF-8. Two common mislabelings are corrected: "UTF-8" on bytes that hold
 * no UTF-8 sequence at all gives windows-1252, and a single-byte charset on bytes that are valid UTF-8
 * with multi-byte sequences gives UTF-8;</li>
 * <li>otherwise sniffed as {@link TextDecoder} does: UTF-8 when the bytes hold UTF-8 sequences (a few
 * damaged bytes replaced, with a warning naming their lines), else windows-1252.</li>
 * </ol>
 */
public final class HtmlCharset {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int WINDOW = 8192;
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_:.\\-]+)",
            Pattern.CASE_INSENSITIVE);

    /** The decoded text, the charset used, how it was chosen (for messages and tests), and the warnings. */
    public record Decoded(String text, Charset charset, String how, List<String> warnings) {
        public Decoded {
            warnings = List.copyOf(warnings);
        }

        Decoded(String text, Charset charset, String how) {
            this(text, charset, how, List.of());
        }
    }

    private HtmlCharset() {
    }

    public static Decoded decode(byte[] bytes) {
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
            return utf8(bytes, 3, "BOM");
        }
        if (starts(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "BOM");
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "BOM");
        }
        boolean valid = TextDecoder.isValidUtf8(bytes);
        boolean sequences = TextDecoder.hasUtf8Sequences(bytes);
        Charset declared = declared(bytes);
        if (declared != null) {
            if (declared.equals(StandardCharsets.UTF_8)) {
                return valid || sequences ? utf8(bytes, 0, "meta")
                        : new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "meta UTF-8, but not UTF-8 bytes");
            }
            if (valid && sequences && isSingleByte(declared)) {
                return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                        "meta " + declared.name() + ", but UTF-8 bytes");
            }
            return new Decoded(new String(bytes, declared), declared, "meta");
        }
        return valid || sequences ? utf8(bytes, 0, "sniffed")
                : new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "not UTF-8");
    }

    /** UTF-8 from {@code from}; invalid bytes replaced, with a warning naming their lines. */
    private static Decoded utf8(byte[] bytes, int from, String how) {
        TextDecoder.Decoded d = TextDecoder.decodeText(bytes);
        String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        return new Decoded(text, StandardCharsets.UTF_8, how, d.charset().startsWith("UTF-8") ? d.warnings() : List.of());
    }

    /** The charset declared in the document, null when none or unknown. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, WINDOW), StandardCharsets.ISO_8859_1);
        String name = null;
        Matcher x = XML.matcher(head);
        if (x.find()) {
            name = x.group(1);
        }
        Matcher m = META.matcher(head);
        if (m.find()) {
            name = m.group(1);
        }
        return name == null ? null : charset(name);
    }

    static Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        switch (n) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252",
                    "x-cp1252", "iso_8859-1", "ansi" -> {
                return WINDOWS_1252;
            }
            case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.forName(n);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
    }

    private static boolean isSingleByte(Charset c) {
        return c.newEncoder().maxBytesPerChar() <= 1.0f;
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
}
