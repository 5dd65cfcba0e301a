package fr.palmares.load;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A first look at a file's bytes: PDF, HTML, text, or not a document at all (binary). */
final class FormatSniffer {
    private FormatSniffer() {
    }

    static String detect(byte[] bytes, String name) {
        int n = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        if (head.contains("%PDF")) {
            return "pdf";
        }
        String h = head.stripLeading().replace("\uFEFF", "").replace("ï»¿", "").toLowerCase(Locale.ROOT);
        if (h.startsWith("<!doctype html") || h.startsWith("<html") || h.contains("<body") || h.contains("<head")) {
            return "html";
        }
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return "binary";
            }
        }
        return "text";
    }
}
