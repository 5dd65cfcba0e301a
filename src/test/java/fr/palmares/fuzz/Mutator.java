package fr.palmares.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Makes mutants of a document, in the ways damaged archives are damaged: flipped bytes, truncation,
 * deleted and duplicated chunks, and for PDFs content streams inflated, damaged and deflated again (or
 * left raw), broken cross-reference offsets; for HTML, tag soup (stray, unclosed and deeply nested tags,
 * broken entities). Deterministic for a given {@link Random}.
 */
final class Mutator {
    private static final Pattern FLATE_STREAM = Pattern.compile(
            "/FlateDecode[^>]*>>\\s*stream\\r?\\n", Pattern.DOTALL);
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)");
    private static final List<String> SOUP = List.of("<div>", "</div>", "<table>", "</td>", "<tr><td>", "<p>", "</p>",
            "<!--", "-->", "<script>", "</script>", "<", ">", "&#", "&amp", "&#x110000;", "<b><i>", "</b>", "<html>",
            "<body>", "</body>", "<li>", "<ul>", "\u0000", "\uFFFD", "<article>", "</main>", "<style>", "<h1>",
            "<template>", "<svg>", "<math>", "<select>", "<textarea>", "<noscript>", "<plaintext>", "<frameset>");

    private Mutator() {
    }

    /** One mutant of the bytes (PDF or HTML as the content says), one to three mutations. */
    static Mutant mutate(byte[] original, Random rnd) {
        boolean pdf = startsWithPdf(original);
        byte[] b = original;
        StringBuilder how = new StringBuilder();
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            int op = rnd.nextInt(pdf ? 8 : 7);
            String name;
            switch (op) {
                case 0 -> { b = flip(b, rnd); name = "flip"; }
                case 1 -> { b = truncate(b, rnd); name = "truncate"; }
                case 2 -> { b = deleteChunk(b, rnd); name = "delete"; }
                case 3 -> { b = duplicateChunk(b, rnd); name = "duplicate"; }
                case 4 -> { b = pdf ? reinflate(b, rnd, false) : soup(b, rnd); name = pdf ? "reinflate" : "soup"; }
                case 5 -> { b = pdf ? reinflate(b, rnd, true) : nest(b, rnd); name = pdf ? "raw-stream" : "nest"; }
                case 6 -> { b = pdf ? breakXref(b, rnd) : soup(b, rnd); name = pdf ? "xref" : "soup"; }
                default -> { b = reinflate(b, rnd, false); name = "reinflate"; }
            }
            how.append(i == 0 ? "" : "+").append(name);
        }
        return new Mutant(b, how.toString());
    }

    /** A mutant's bytes and the mutations that made it. */
    record Mutant(byte[] bytes, String how) {
    }

    static boolean startsWithPdf(byte[] b) {
        return b.length > 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F';
    }

    static byte[] flip(byte[] b, Random rnd) {
        if (b.length == 0) {
            return b;
        }
        byte[] c = b.clone();
        int flips = 1 + rnd.nextInt(8);
        for (int i = 0; i < flips; i++) {
            int at = rnd.nextInt(c.length);
            c[at] = rnd.nextBoolean() ? (byte) (c[at] ^ (1 << rnd.nextInt(8))) : (byte) rnd.nextInt(256);
        }
        return c;
    }

    static byte[] truncate(byte[] b, Random rnd) {
        return b.length < 2 ? b : Arrays.copyOf(b, 1 + rnd.nextInt(b.length - 1));
    }

    static byte[] deleteChunk(byte[] b, Random rnd) {
        if (b.length < 2) {
            return b;
        }
        int len = 1 + rnd.nextInt(Math.min(4096, b.length - 1));
        int at = rnd.nextInt(b.length - len + 1);
        byte[] c = new byte[b.length - len];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(b, at + len, c, at, b.length - at - len);
        return c;
    }

    static byte[] duplicateChunk(byte[] b, Random rnd) {
        if (b.length < 2) {
            return b;
        }
        int len = 1 + rnd.nextInt(Math.min(4096, b.length - 1));
        int from = rnd.nextInt(b.length - len + 1);
        int to = rnd.nextInt(b.length + 1);
        return insert(b, to, Arrays.copyOfRange(b, from, from + len));
    }

    static byte[] insert(byte[] b, int at, byte[] piece) {
        byte[] c = new byte[b.length + piece.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(piece, 0, c, at, piece.length);
        System.arraycopy(b, at, c, at + piece.length, b.length - at);
        return c;
    }

    /** A Flate stream of the PDF inflated, damaged, and deflated again (or left raw, /Filter kept). */
    static byte[] reinflate(byte[] b, Random rnd, boolean raw) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        Matcher m = FLATE_STREAM.matcher(s);
        List<int[]> streams = new java.util.ArrayList<>();
        while (m.find()) {
            int end = s.indexOf("endstream", m.end());
            if (end > m.end()) {
                streams.add(new int[] {m.end(), end});
            }
        }
        if (streams.isEmpty()) {
            return flip(b, rnd);
        }
        int[] pick = streams.get(rnd.nextInt(streams.size()));
        byte[] data = inflate(Arrays.copyOfRange(b, pick[0], pick[1]));
        if (data == null) {
            return flip(b, rnd);
        }
        byte[] damaged = switch (rnd.nextInt(4)) {
            case 0 -> flip(data, rnd);
            case 1 -> deleteChunk(data, rnd);
            case 2 -> duplicateChunk(data, rnd);
            default -> truncate(data, rnd);
        };
        byte[] body = raw ? damaged : deflate(damaged);
        byte[] c = new byte[b.length - (pick[1] - pick[0]) + body.length + 1];
        System.arraycopy(b, 0, c, 0, pick[0]);
        System.arraycopy(body, 0, c, pick[0], body.length);
        c[pick[0] + body.length] = '\n';
        System.arraycopy(b, pick[1], c, pick[0] + body.length + 1, b.length - pick[1]);
        return c;
    }

    /** The startxref offset moved, or an xref entry's offset changed. */
    static byte[] breakXref(byte[] b, Random rnd) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        Matcher m = STARTXREF.matcher(s);
        int last = -1;
        int start = 0;
        int end = 0;
        while (m.find()) {
            last = m.start(1);
            start = m.start(1);
            end = m.end(1);
        }
        if (last < 0) {
            return flip(b, rnd);
        }
        long off = Long.parseLong(s.substring(start, end));
        long moved = switch (rnd.nextInt(3)) {
            case 0 -> off + rnd.nextInt(200) - 100;
            case 1 -> rnd.nextInt(Math.max(1, b.length));
            default -> off * 10 + 7;
        };
        return (s.substring(0, start) + Math.max(0, moved) + s.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Stray tags and broken entities put anywhere in the page. */
    static byte[] soup(byte[] b, Random rnd) {
        byte[] c = b;
        int n = 1 + rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            byte[] piece = SOUP.get(rnd.nextInt(SOUP.size())).getBytes(StandardCharsets.UTF_8);
            c = insert(c, rnd.nextInt(c.length + 1), piece);
        }
        return c;
    }

    /** Elements nested thousands deep somewhere in the page. */
    static byte[] nest(byte[] b, Random rnd) {
        String tag = List.of("div", "span", "b", "table", "ul", "li", "p", "section").get(rnd.nextInt(8));
        int depth = 500 + rnd.nextInt(20_000);
        String open = ("<" + tag + ">").repeat(depth);
        String close = rnd.nextBoolean() ? ("</" + tag + ">").repeat(depth) : "";
        return insert(b, rnd.nextInt(b.length + 1), (open + "x" + close).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] inflate(byte[] in) {
        Inflater inf = new Inflater();
        inf.setInput(in);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            while (!inf.finished() && out.size() < (16 << 20)) {
                int k = inf.inflate(buf);
                if (k == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
                out.write(buf, 0, k);
            }
        } catch (DataFormatException e) {
            return null;
        } finally {
            inf.end();
        }
        return out.size() == 0 ? null : out.toByteArray();
    }

    static byte[] deflate(byte[] in) {
        Deflater def = new Deflater();
        def.setInput(in);
        def.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!def.finished()) {
            out.write(buf, 0, def.deflate(buf));
        }
        def.end();
        return out.toByteArray();
    }
}
