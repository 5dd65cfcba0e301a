/** The lexicon: the documents' vocabulary as rule files (medals, field labels, zones, forms, award verbs...), compiled once to patterns over folded text and shared by every stage. */
@NullMarked
package fr.palmares.lexicon;

import org.jspecify.annotations.NullMarked;
