package fr.palmares.cli;

/**
 * Keeps a message on one line: control characters (a newline or an escape in a file name, say) are
 * shown escaped, as {@code \n}, {@code \t}, {@code \x1b} or {@code \u2028}, so that every failure or
 * warning is exactly one line of standard error and no name can move the cursor or colour a terminal.
 */
final class OneLine {
    private OneLine() {
    }

    static String of(String message) {
        StringBuilder sb = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            String esc = escape(c);
            if (esc != null && sb == null) {
                sb = new StringBuilder(message.length() + 8).append(message, 0, i);
            }
            if (sb != null) {
                if (esc != null) {
                    sb.append(esc);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? message : sb.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                if (c < 0x20 || c == 0x7f) {
                    return String.format("\\x%02x", (int) c);
                }
                if ((c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                        || (c >= '\u2066' && c <= '\u2069')) {
                    return String.format("\\u%04x", (int) c);
                }
                return null;
        }
    }
}
