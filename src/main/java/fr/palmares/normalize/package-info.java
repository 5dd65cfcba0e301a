/** Normalize: raw laureates to dataset laureates (cleaned names and titles, best-cased categories, stable ids). */
@NullMarked
package fr.palmares.normalize;

import org.jspecify.annotations.NullMarked;
