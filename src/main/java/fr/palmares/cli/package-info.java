/** The command line: extract, query, report and eval subcommands over the pipeline. */
@NullMarked
package fr.palmares.cli;

import org.jspecify.annotations.NullMarked;
