package fr.palmares.eval;

/** Counts for one field: right answers, answers given, answers expected. */
public final class FieldScore {
    private int correct;
    private int predicted;
    private int expected;

    public void add(int correct, int predicted, int expected) {
        this.correct += correct;
        this.predicted += predicted;
        this.expected += expected;
    }

    public void add(FieldScore o) {
        add(o.correct, o.predicted, o.expected);
    }

    public double precision() {
        return predicted == 0 ? (expected == 0 ? 1 : 0) : (double) correct / predicted;
    }

    public double recall() {
        return expected == 0 ? 1 : (double) correct / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int correct() {
        return correct;
    }

    public int predicted() {
        return predicted;
    }

    public int expected() {
        return expected;
    }
}
