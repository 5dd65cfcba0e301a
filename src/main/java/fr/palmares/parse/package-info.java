/** Parse (being replaced by lexicon, annotate and assemble): raw laureates from the blocks of a document. */
@NullMarked
package fr.palmares.parse;

import org.jspecify.annotations.NullMarked;
