package fr.palmares.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The regular expressions written inline in the code, each compiled once and kept for the life of the
 * process. {@link String#matches}, {@link String#replaceAll}, {@link String#replaceFirst} and
 * {@link String#split} (for a separator that is not one plain character) compile their expression on
 * every call; on the lines of a document that compilation was a few percent of the CPU of an extraction.
 * Each method here gives exactly what the String method of the same name gives. Thread-safe.
 */
public final class Regexes {
    /** The compiled expressions without flags by their text (a few hundred at most: the literals of the code). */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();
    /** Those with flags, by text and flags. */
    private static final Map<Key, Pattern> FLAGGED = new ConcurrentHashMap<>();

    private record Key(String regex, int flags) {
    }

    private Regexes() {
    }

    /** The compiled form of {@code regex}, as {@link Pattern#compile(String)} gives it. */
    public static Pattern pattern(String regex) {
        Pattern p = COMPILED.get(regex);
        if (p == null) {
            p = COMPILED.computeIfAbsent(regex, Pattern::compile);
        }
        return p;
    }

    /** The compiled form of {@code regex} with these flags, as {@link Pattern#compile(String, int)} gives it. */
    public static Pattern pattern(String regex, int flags) {
        return flags == 0 ? pattern(regex)
                : FLAGGED.computeIfAbsent(new Key(regex, flags), k -> Pattern.compile(k.regex(), k.flags()));
    }

    /** {@code s.matches(regex)}. */
    public static boolean matches(String s, String regex) {
        return pattern(regex).matcher(s).matches();
    }

    /** {@code s.replaceAll(regex, replacement)}. */
    public static String replaceAll(String s, String regex, String replacement) {
        return pattern(regex).matcher(s).replaceAll(replacement);
    }

    /** {@code s.replaceFirst(regex, replacement)}. */
    public static String replaceFirst(String s, String regex, String replacement) {
        return pattern(regex).matcher(s).replaceFirst(replacement);
    }

    /** {@code s.split(regex)}. */
    public static String[] split(String s, String regex) {
        return pattern(regex).split(s, 0);
    }

    /** {@code s.split(regex, limit)}. */
    public static String[] split(String s, String regex, int limit) {
        return pattern(regex).split(s, limit);
    }
}
