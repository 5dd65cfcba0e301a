/** Load: picks a loader by the file's content and reads the file into the document model, deciding nothing it cannot see. */
@NullMarked
package fr.palmares.load;

import org.jspecify.annotations.NullMarked;
