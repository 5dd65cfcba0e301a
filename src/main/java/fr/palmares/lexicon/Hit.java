package fr.palmares.lexicon;

/**
 * Where an entry of a vocabulary matched a folded text: its key and the span [start, end) in the
 * folded text (map it back with {@link Folded#start(int)} and {@link Folded#end(int)}).
 */
public record Hit(Vocab vocab, String key, int start, int end) {
    public int length() {
        return end - start;
    }

    /** The span of this hit in the original text. */
    public int originalStart(Folded f) {
        return f.start(start);
    }

    public int originalEnd(Folded f) {
        return f.end(end);
    }
}
