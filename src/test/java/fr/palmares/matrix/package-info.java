/**
 * The layout matrix: one set of gold laureates rendered in many layouts and four formats (Markdown, plain
 * text, HTML, PDF), each rendering extracted by the real command line and scored against the same gold.
 */
@NullMarked
package fr.palmares.matrix;

import org.jspecify.annotations.NullMarked;
