/** JMH benchmarks of the hot paths (never run by {@code mvn verify}: {@code scripts/bench/bench-jmh.sh} runs them). */
@NullMarked
package fr.palmares.bench;

import org.jspecify.annotations.NullMarked;
