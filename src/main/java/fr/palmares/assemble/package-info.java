/** Assemble: strategies propose the records an annotated document holds (lines in sequence, tables, sentences) and a decider keeps those the document confirms. */
@NullMarked
package fr.palmares.assemble;

import org.jspecify.annotations.NullMarked;
