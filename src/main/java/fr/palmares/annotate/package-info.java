/** Annotate: every line of a loaded document read with the lexicon into typed segments (names, title, medal, category, place), marked as heading or not, and placed in its zone. */
@NullMarked
package fr.palmares.annotate;

import org.jspecify.annotations.NullMarked;
