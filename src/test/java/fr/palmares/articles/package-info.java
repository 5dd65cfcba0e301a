/**
 * Short articles of our own (issue 11) in many voices, with gold: each extracted by the command line and
 * held at F1 = 1.0 on every field but region; the negatives give no laureate.
 */
@NullMarked
package fr.palmares.articles;

import org.jspecify.annotations.NullMarked;
