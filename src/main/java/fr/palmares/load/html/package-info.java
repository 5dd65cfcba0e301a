/** HTML loading: charset, main content and the page's blocks, tables and cards. */
@NullMarked
package fr.palmares.load.html;

import org.jspecify.annotations.NullMarked;
