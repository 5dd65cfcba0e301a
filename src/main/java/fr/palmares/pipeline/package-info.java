/** The pipeline: runs load, classify, parse, normalize, resolve and merge over a batch of files. */
@NullMarked
package fr.palmares.pipeline;

import org.jspecify.annotations.NullMarked;
