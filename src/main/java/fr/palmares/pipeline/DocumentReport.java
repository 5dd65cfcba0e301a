package fr.palmares.pipeline;

/** One document of a run: its name, detected kind and edition, and how many laureates it gave. */
public record DocumentReport(String file, String format, String kind, Integer edition, int laureates) {
}
