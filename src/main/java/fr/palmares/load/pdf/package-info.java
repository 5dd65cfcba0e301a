/** PDF loading: glyphs to lines, columns and reading order, tables, running headers and footers dropped. */
@NullMarked
package fr.palmares.load.pdf;

import org.jspecify.annotations.NullMarked;
