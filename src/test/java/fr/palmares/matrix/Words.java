package fr.palmares.matrix;

import java.util.List;

/** Small numbers in words, as documents write counts ("quatorze projets", "fourteen projects"). */
public final class Words {
    private static final List<String> FR = List.of("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept",
            "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
            "dix-neuf", "vingt", "vingt et un", "vingt-deux", "vingt-trois", "vingt-quatre", "vingt-cinq",
            "vingt-six", "vingt-sept", "vingt-huit", "vingt-neuf", "trente");
    private static final List<String> EN = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "twenty-one", "twenty-two", "twenty-three", "twenty-four",
            "twenty-five", "twenty-six", "twenty-seven", "twenty-eight", "twenty-nine", "thirty");

    private Words() {
    }

    /** French words for 0 to 30, digits beyond. */
    public static String fr(int n) {
        return n >= 0 && n < FR.size() ? FR.get(n) : Integer.toString(n);
    }

    /** English words for 0 to 30, digits beyond. */
    public static String en(int n) {
        return n >= 0 && n < EN.size() ? EN.get(n) : Integer.toString(n);
    }

    /** The same, with a capital initial. */
    public static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
