package fr.palmares.load;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the format of a file from its content (the extension is only a hint for ambiguous text):
 * "pdf" when "%PDF" occurs in the first 1024 bytes, "html" when the text starts (after an optional
 * BOM, white space and comments) with markup such as {@code <!doctype html>}, {@code <html>},
 * {@code <head>}, {@code <body>}, {@code <div>}, {@code <p>}..., else "text".
 */
public final class FormatDetector {
    public static final String PDF = "pdf";
    public static final String HTML = "html";
    public static final String TEXT = "text";

    private static final int PDF_WINDOW = 1024;
    private static final int HTML_WINDOW = 4096;
    private static final Pattern HTML_START = Pattern.compile(
            "^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*(?:<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<meta[\\s>]"
                    + "|<title[\\s>]|<link[\\s>]|<script[\\s>]|<style[\\s>]|<div[\\s>]|<p[\\s>]|<article[\\s>]|<main[\\s>]"
                    + "|<section[\\s>]|<header[\\s>]|<nav[\\s>]|<table[\\s>]|<h[1-6][\\s>]|<ul[\\s>]|<ol[\\s>]|<span[\\s>]"
                    + "|<center[\\s>]|<font[\\s>]|<br\\s*/?>)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A few tags anywhere in the first bytes of a file named .htm(l) are enough. */
    private static final Pattern HTML_TAGS = Pattern.compile("<(?:html|body|div|p|table|br)[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    private FormatDetector() {
    }

    /** The format of the content: "pdf", "html" or "text". */
    public static String detect(byte[] bytes) {
        return detect(bytes, null);
    }

    /**
     * The format of the content, the file name (may be null) breaking the tie for a text that has some
     * markup but does not start with it.
     */
    public static String detect(byte[] bytes, String fileName) {
        if (isPdf(bytes)) {
            return PDF;
        }
        String head = head(bytes);
        if (HTML_START.matcher(head).find()) {
            return HTML;
        }
        if (fileName != null) {
            String n = fileName.toLowerCase(Locale.ROOT);
            if ((n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) && HTML_TAGS.matcher(head).find()) {
                return HTML;
            }
        }
        return TEXT;
    }

    /** "%PDF" in the first 1024 bytes (some files have junk before the header). */
    public static boolean isPdf(byte[] bytes) {
        int n = Math.min(bytes.length, PDF_WINDOW) - 3;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F') {
                return true;
            }
        }
        return false;
    }

    /**
     * True for content that is not a document we read: known binary signatures (images, archives,
     * office files, executables...), or NUL bytes / many control bytes in the first 4 KiB, and not a
     * PDF. UTF-16 text with a BOM is not binary.
     */
    public static boolean isProbablyBinary(byte[] bytes) {
        if (bytes.length == 0 || isPdf(bytes)) {
            return false;
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return false;
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, 0xFF, 0xD8, 0xFF) // PNG, JPEG
                || startsWith(bytes, 'G', 'I', 'F', '8') || startsWith(bytes, 'P', 'K', 3, 4) // GIF, zip/docx/odt
                || startsWith(bytes, 'P', 'K', 5, 6) || startsWith(bytes, 0x1F, 0x8B) // empty zip, gzip
                || startsWith(bytes, 'B', 'Z', 'h') || startsWith(bytes, 0xFD, '7', 'z', 'X', 'Z') // bzip2, xz
                || startsWith(bytes, '7', 'z', 0xBC, 0xAF) || startsWith(bytes, 'R', 'a', 'r', '!') // 7z, rar
                || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0) // old MS Office
                || startsWith(bytes, 'I', 'I', '*', 0) || startsWith(bytes, 'M', 'M', 0, '*') // TIFF
                || startsWith(bytes, 'B', 'M') && bytes.length > 14 && bytes[6] == 0 && bytes[7] == 0 // BMP
                || startsWith(bytes, 0x7F, 'E', 'L', 'F') || startsWith(bytes, 'M', 'Z') && hasNul(bytes) // executables
                || startsWith(bytes, 'R', 'I', 'F', 'F') || startsWith(bytes, 'O', 'g', 'g', 'S') // webp/wav/avi, ogg
                || startsWith(bytes, 'I', 'D', '3') || startsWith(bytes, 0x00, 0x00, 0x00) // mp3, mp4/heic
                || startsWith(bytes, 'w', 'O', 'F', 'F') || startsWith(bytes, 'w', 'O', 'F', '2') // web fonts
                || startsWith(bytes, 0xCA, 0xFE, 0xBA, 0xBE) || startsWith(bytes, 'S', 'Q', 'L', 'i', 't', 'e')) {
            return true;
        }
        int n = Math.min(bytes.length, HTML_WINDOW);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control > n / 20;
    }

    private static boolean hasNul(byte[] bytes) {
        int n = Math.min(bytes.length, 512);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... sig) {
        if (bytes.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((bytes[i] & 0xFF) != (sig[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** The first bytes as text: BOM dropped, UTF-16 decoded, leading white space stripped. */
    private static String head(byte[] bytes) {
        int n = Math.min(bytes.length, HTML_WINDOW);
        String s;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            s = new String(bytes, 3, Math.max(0, n - 3), StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            s = new String(bytes, 2, Math.max(0, n - 2), StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            s = new String(bytes, 2, Math.max(0, n - 2), StandardCharsets.UTF_16BE);
        } else {
            // ISO-8859-1 maps every byte: enough to see ASCII markup whatever the real charset.
            s = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        }
        return s.replace("\uFEFF", "").stripLeading();
    }
}
