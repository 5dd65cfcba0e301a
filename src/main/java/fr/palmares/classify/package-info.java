/** Classify: the kind of a loaded document and the edition of the label it reports. */
@NullMarked
package fr.palmares.classify;

import org.jspecify.annotations.NullMarked;
