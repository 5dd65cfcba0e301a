/** The report of a dataset: one self-contained static HTML page with its overview, table and evidence review. */
@NullMarked
package fr.palmares.report;

import org.jspecify.annotations.NullMarked;
