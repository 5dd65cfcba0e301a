package fr.palmares.cli;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * What the process's standard output and standard error are attached to, asked of JLine: a terminal or
 * not (each on its own, whatever standard input is), and the terminal's width. Colour only on a
 * terminal and never when {@code NO_COLOR} is set (no-color.org).
 *
 * <p>JLine's native provider is used when the launcher gives it the library already unpacked in the
 * build ({@code -Dlibrary.jline.path}); otherwise its exec provider ({@code test -t}, {@code stty}),
 * so that no native library is ever extracted into the temporary folder.
 */
class Terminals {
    private static final int FALLBACK_WIDTH = 80;

    private final Map<SystemStream, Boolean> isTerminal = new ConcurrentHashMap<>();
    private TerminalProvider provider;
    private boolean providerFailed;

    /** The process's own streams. */
    static Terminals system() {
        return new Terminals();
    }

    /** Fixed answers, for tests: which streams are terminals, the width, and whether colour is wanted. */
    static Terminals fixed(boolean stdout, boolean stderr, int width, boolean color) {
        return new Terminals() {
            @Override
            boolean stdinIsTerminal() {
                return false;
            }

            @Override
            boolean stdoutIsTerminal() {
                return stdout;
            }

            @Override
            boolean stderrIsTerminal() {
                return stderr;
            }

            @Override
            int width() {
                return width;
            }

            @Override
            int errWidth() {
                return width;
            }

            @Override
            boolean color(boolean onTerminal) {
                return onTerminal && color;
            }
        };
    }

    boolean stdinIsTerminal() {
        return is(SystemStream.Input);
    }

    boolean stdoutIsTerminal() {
        return is(SystemStream.Output);
    }

    boolean stderrIsTerminal() {
        return is(SystemStream.Error);
    }

    /** The width of the terminal standard output is on, else {@code $COLUMNS}, else 80. */
    int width() {
        return width(SystemStream.Output);
    }

    /** The width of the terminal standard error is on (for the progress bar), else as {@link #width()}. */
    int errWidth() {
        return width(SystemStream.Error);
    }

    private int width(SystemStream s) {
        if (is(s)) {
            TerminalProvider p = provider();
            if (p != null) {
                try {
                    int w = p.systemStreamWidth(s);
                    if (w > 0) {
                        return w;
                    }
                } catch (RuntimeException | LinkageError ignored) {
                    // a terminal that does not say its size: the fallbacks below
                }
            }
        }
        try {
            String cols = System.getenv("COLUMNS");
            if (cols != null && !cols.isBlank()) {
                return Math.max(20, Integer.parseInt(cols.strip()));
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        return FALLBACK_WIDTH;
    }

    /** Colour for a stream: only when it is a terminal and NO_COLOR is unset or empty. */
    boolean color(boolean onTerminal) {
        String no = System.getenv("NO_COLOR");
        return onTerminal && (no == null || no.isEmpty()) && !"dumb".equals(System.getenv("TERM"));
    }

    private boolean is(SystemStream s) {
        return isTerminal.computeIfAbsent(s, k -> {
            TerminalProvider p = provider();
            try {
                return p != null && p.isSystemStream(k);
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        });
    }

    private synchronized TerminalProvider provider() {
        if (provider == null && !providerFailed) {
            String lib = System.getProperty("library.jline.path");
            String name = lib != null && java.nio.file.Files.isDirectory(java.nio.file.Path.of(lib)) ? "jni" : "exec";
            try {
                provider = TerminalProvider.load(name);
            } catch (IOException | RuntimeException | LinkageError e) {
                try {
                    provider = "exec".equals(name) ? null : TerminalProvider.load("exec");
                } catch (IOException | RuntimeException | LinkageError e2) {
                    provider = null;
                }
            }
            providerFailed = provider == null;
        }
        return provider;
    }
}
