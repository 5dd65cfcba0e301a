/** Text loading: plain text kept line by line, Markdown through a CommonMark parser, and the line marks both share (markers, rules, gaps, contents lines). */
@NullMarked
package fr.palmares.load.text;

import org.jspecify.annotations.NullMarked;
