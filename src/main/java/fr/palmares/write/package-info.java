/** Write and read datasets: JSON, JSON Lines, CSV, always atomically. */
@NullMarked
package fr.palmares.write;

import org.jspecify.annotations.NullMarked;
