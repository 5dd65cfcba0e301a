package fr.palmares.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One damage done to a document's bytes, as jqwik generates and shrinks it: positions are fractions of
 * the document's length (so one damage applies to any document, and shrinks towards its start), sizes
 * are small numbers. A list of them, applied in order, makes a mutant ({@link #applyAll}).
 */
sealed interface Damage {
    byte[] apply(byte[] b);

    /** All the kinds of damage: flips, truncations, splices, NULs, huge lines, deep nesting, damaged PDF streams. */
    static Arbitrary<Damage> any() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        return Arbitraries.oneOf(
                Combinators.combine(at, Arbitraries.integers().between(0, 7)).as(Flip::new),
                Combinators.combine(at, Arbitraries.integers().between(0, 255)).as(Overwrite::new),
                at.map(Truncate::new),
                Combinators.combine(at, Arbitraries.integers().between(1, 4096)).as(Delete::new),
                Combinators.combine(at, Arbitraries.integers().between(1, 4096), at).as(Splice::new),
                Combinators.combine(at, Arbitraries.integers().between(1, 64)).as(Nuls::new),
                Combinators.combine(at, Arbitraries.integers().between(10_000, 200_000),
                        Arbitraries.of("x", "ab ", "é", "<b>", "«", "\t")).as(HugeLine::new),
                Combinators.combine(at, Arbitraries.integers().between(100, 30_000),
                        Arbitraries.of("<div>", "<span>", "<table><tr><td>", "<ul><li>", "> ", "- ", "  * ", "[", "<<",
                                "q ", "(")).as(Nest::new),
                Combinators.combine(at, Arbitraries.integers().between(1, 16)).as(InvalidUtf8::new),
                Arbitraries.longs().map(seed -> new Stream(seed, false)),
                Arbitraries.longs().map(seed -> new Stream(seed, true)));
    }

    /** One to four damages, applied in order. */
    static Arbitrary<List<Damage>> some() {
        return any().list().ofMinSize(1).ofMaxSize(4);
    }

    static byte[] applyAll(byte[] original, List<Damage> damages) {
        byte[] b = original;
        for (Damage d : damages) {
            b = d.apply(b);
        }
        return b;
    }

    private static int index(byte[] b, double at) {
        return (int) Math.min(b.length, Math.floor(at * b.length));
    }

    /** One bit flipped. */
    record Flip(double at, int bit) implements Damage {
        public byte[] apply(byte[] b) {
            if (b.length == 0) {
                return b;
            }
            byte[] c = b.clone();
            int i = Math.min(b.length - 1, index(b, at));
            c[i] = (byte) (c[i] ^ (1 << bit));
            return c;
        }
    }

    /** One byte replaced by another. */
    record Overwrite(double at, int value) implements Damage {
        public byte[] apply(byte[] b) {
            if (b.length == 0) {
                return b;
            }
            byte[] c = b.clone();
            c[Math.min(b.length - 1, index(b, at))] = (byte) value;
            return c;
        }
    }

    /** The end cut off (a download that stopped). */
    record Truncate(double at) implements Damage {
        public byte[] apply(byte[] b) {
            return Arrays.copyOf(b, index(b, at));
        }
    }

    /** A chunk gone. */
    record Delete(double at, int length) implements Damage {
        public byte[] apply(byte[] b) {
            int from = index(b, at);
            int to = Math.min(b.length, from + length);
            byte[] c = new byte[b.length - (to - from)];
            System.arraycopy(b, 0, c, 0, from);
            System.arraycopy(b, to, c, from, b.length - to);
            return c;
        }
    }

    /** A chunk of the document copied elsewhere in it. */
    record Splice(double from, int length, double to) implements Damage {
        public byte[] apply(byte[] b) {
            int start = index(b, from);
            int end = Math.min(b.length, start + length);
            return Mutator.insert(b, index(b, to), Arrays.copyOfRange(b, start, end));
        }
    }

    /** NUL bytes put in. */
    record Nuls(double at, int count) implements Damage {
        public byte[] apply(byte[] b) {
            return Mutator.insert(b, index(b, at), new byte[count]);
        }
    }

    /** A line of up to 200,000 characters without a line break (a megabyte: scripts/bench/bench-long-lines.sh). */
    record HugeLine(double at, int length, String unit) implements Damage {
        public byte[] apply(byte[] b) {
            String line = unit.repeat(Math.max(1, length / unit.length()));
            return Mutator.insert(b, index(b, at), line.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "HugeLine[at=" + at + ", length=" + length + ", unit=" + unit.replace("\t", "\\t") + "]";
        }
    }

    /**
     * The same opening thousands of times: an element, a PDF array or dictionary, a parenthesis, a
     * graphics state ("q "); Markdown block quotes ("> ") on one line; list items ("- ", "* ") each
     * indented one step more than the one before.
     */
    record Nest(double at, int depth, String opening) implements Damage {
        public byte[] apply(byte[] b) {
            StringBuilder sb = new StringBuilder();
            boolean list = opening.strip().equals("-") || opening.strip().equals("*");
            for (int i = 0; i < depth; i++) {
                if (list) {
                    sb.append("  ".repeat(Math.min(i, 2_000))).append(opening.strip()).append(" item ").append(i).append('\n');
                } else {
                    sb.append(opening);
                }
            }
            sb.append("Lauréat\n");
            return Mutator.insert(b, index(b, at), sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Bytes that are no UTF-8: lone continuation bytes, a cut sequence, an overlong form. */
    record InvalidUtf8(double at, int count) implements Damage {
        public byte[] apply(byte[] b) {
            byte[] bad = new byte[count];
            byte[] pool = {(byte) 0x80, (byte) 0xBF, (byte) 0xC3, (byte) 0xE2, (byte) 0x82, (byte) 0xC0, (byte) 0xF8,
                (byte) 0xFF, (byte) 0xED, (byte) 0xA0};
            for (int i = 0; i < count; i++) {
                bad[i] = pool[(i * 7 + count) % pool.length];
            }
            return Mutator.insert(b, index(b, at), bad);
        }
    }

    /** A compressed PDF stream inflated, damaged and deflated again (or left raw); else some flipped bytes. */
    record Stream(long seed, boolean raw) implements Damage {
        public byte[] apply(byte[] b) {
            return Mutator.reinflate(b, new Random(seed), raw);
        }
    }
}
