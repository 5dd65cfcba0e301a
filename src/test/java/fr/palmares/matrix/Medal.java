package fr.palmares.matrix;

/** The three medals with the words documents use for them. */
public enum Medal {
    OR("or", "Or", "d’or", "Gold"),
    ARGENT("argent", "Argent", "d’argent", "Silver"),
    BRONZE("bronze", "Bronze", "de bronze", "Bronze");

    /** The dataset's code. */
    public final String code;
    /** The bare word, capitalized ("Argent"). */
    public final String word;
    /** The complement after a noun ("d’argent", "de bronze"). */
    public final String of;
    /** The English word. */
    public final String english;

    Medal(String code, String word, String of, String english) {
        this.code = code;
        this.word = word;
        this.of = of;
        this.english = english;
    }

    /** "Label d’or", "Label de bronze". */
    public String label() {
        return "Label " + of;
    }

    /** The bare word in lower case ("argent"). */
    public String lower() {
        return code;
    }
}
