/** Bad input: mutants of the samples (byte flips, truncations, chunks, re-inflated streams, broken xref, tag soup) and the hostile files every loader must survive. */
@NullMarked
package fr.palmares.fuzz;

import org.jspecify.annotations.NullMarked;
