package fr.palmares.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252
 * (a superset of ISO-8859-1 for printable characters). Line ends are normalized to "\n".
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) {
        String s;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            s = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            s = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            s = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (isValidUtf8(bytes)) {
            s = new String(bytes, StandardCharsets.UTF_8);
        } else {
            s = new String(bytes, WINDOWS_1252);
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The charset {@link #decode} would use, for messages and tests. */
    public static String detect(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return "UTF-8 (BOM)";
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return "UTF-16";
        }
        return isValidUtf8(bytes) ? "UTF-8" : "windows-1252";
    }

    /** True when the bytes are well-formed UTF-8 (ASCII included). */
    public static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
