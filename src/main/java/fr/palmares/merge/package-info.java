/** Merge: one laureate per award across documents and batches, with sources and conflicts. */
@NullMarked
package fr.palmares.merge;

import org.jspecify.annotations.NullMarked;
