/** The pipeline: runs load, classify, annotate, assemble, normalize, resolve and merge over a batch of files. */
@NullMarked
package fr.palmares.pipeline;

import org.jspecify.annotations.NullMarked;
