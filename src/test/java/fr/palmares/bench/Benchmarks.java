package fr.palmares.bench;

import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs the JMH benchmarks of this package ({@code scripts/bench/bench-jmh.sh} builds the class path and
 * calls it). Arguments are JMH's own ({@code -f 1 -wi 3 -i 5}, a regular expression of benchmark names...);
 * without any, every benchmark of the package with one fork, 3 warm-up and 5 measured iterations.
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws RunnerException, java.io.IOException {
        String[] run = args.length > 0 ? args
                : new String[] {"-f", "1", "-wi", "3", "-w", "2s", "-i", "5", "-r", "2s", "fr\\.palmares\\.bench\\..*"};
        org.openjdk.jmh.Main.main(run);
    }
}
