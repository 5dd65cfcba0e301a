/** Eval: scores extracted laureates against gold files, field by field, as the contract says. */
@NullMarked
package fr.palmares.eval;

import org.jspecify.annotations.NullMarked;
