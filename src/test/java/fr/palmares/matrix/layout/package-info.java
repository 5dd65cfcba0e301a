/** The layouts of the matrix, one small class each; {@link fr.palmares.matrix.Layouts#ALL} lists them. */
@NullMarked
package fr.palmares.matrix.layout;

import org.jspecify.annotations.NullMarked;
