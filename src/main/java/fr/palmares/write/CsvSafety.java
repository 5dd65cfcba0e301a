package fr.palmares.write;

/**
 * Protects CSV cells against formula injection: a cell starting with =, +, -, @, tab or carriage return
 * is prefixed with an apostrophe so spreadsheets show it as text.
 */
public final class CsvSafety {
    private CsvSafety() {
    }

    public static String protect(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + cell;
        }
        return cell;
    }
}
