/** The document model (blocks of styled lines, table rows of cells, card groups) that loaders produce and every later stage reads, and the dataset's records. */
@NullMarked
package fr.palmares.model;

import org.jspecify.annotations.NullMarked;
