package fr.palmares.lexicon;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * The answers one thread last got from the lexicon, by vocabulary and folded text, in a fixed table
 * (a slot per hash, the newest answer wins): the stages of the pipeline ask the same question of the
 * same line or sentence several times, and a question costs a regular expression search. The answers
 * are the lexicon's, which never change: a hit here is the same answer as a search. Long texts are not
 * kept (they would hold memory for little).
 */
final class Memo {
    private static final int SLOTS = 4096;
    private static final int LONGEST = 2000;

    private final Vocab[] findVocab = new Vocab[SLOTS];
    private final String[] findText = new String[SLOTS];
    @SuppressWarnings("unchecked")
    private final List<Hit>[] findHits = new List[SLOTS];
    private final Vocab[] containsVocab = new Vocab[SLOTS];
    private final String[] containsText = new String[SLOTS];
    private final boolean[] containsAnswer = new boolean[SLOTS];

    List<Hit> hits(Vocab vocab, String folded, BiFunction<Vocab, String, List<Hit>> search) {
        if (folded.length() > LONGEST) {
            return search.apply(vocab, folded);
        }
        int i = slot(vocab, folded);
        if (findVocab[i] == vocab && folded.equals(findText[i])) {
            return findHits[i];
        }
        List<Hit> hits = search.apply(vocab, folded);
        findVocab[i] = vocab;
        findText[i] = folded;
        findHits[i] = hits;
        return hits;
    }

    boolean contains(Vocab vocab, String folded, BiPredicate<Vocab, String> search) {
        if (folded.length() > LONGEST) {
            return search.test(vocab, folded);
        }
        int i = slot(vocab, folded);
        if (containsVocab[i] == vocab && folded.equals(containsText[i])) {
            return containsAnswer[i];
        }
        boolean answer = search.test(vocab, folded);
        containsVocab[i] = vocab;
        containsText[i] = folded;
        containsAnswer[i] = answer;
        return answer;
    }

    private static int slot(Vocab vocab, String folded) {
        int h = folded.hashCode() * 31 + vocab.ordinal();
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }
}
