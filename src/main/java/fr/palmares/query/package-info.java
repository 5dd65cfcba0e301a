/** Query: filters, grouping and rendering of a dataset's laureates. */
@NullMarked
package fr.palmares.query;

import org.jspecify.annotations.NullMarked;
