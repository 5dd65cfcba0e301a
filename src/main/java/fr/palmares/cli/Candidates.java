package fr.palmares.cli;

import fr.palmares.pipeline.Geo;
import fr.palmares.query.Grouping;
import fr.palmares.write.DatasetWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The values offered by shell completion (and listed in --help) for options that take one of a few. */
final class Candidates {
    private Candidates() {
    }

    static final class ExtractFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("json", "jsonl", "csv", "sqlite").iterator();
        }
    }

    static final class QueryFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("table", "json", "jsonl", "csv", "sqlite").iterator();
        }
    }

    static final class Kinds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("communique", "dossier", "annuaire", "article", "page").iterator();
        }
    }

    static final class Medals implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("or", "argent", "bronze", "none").iterator();
        }
    }

    static final class Types implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return QueryCommand.TYPES.iterator();
        }
    }

    static final class GroupKeys implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Grouping.KEYS.iterator();
        }
    }

    static final class Fields implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return DatasetWriter.CSV_COLUMNS.iterator();
        }
    }

    static final class Shells implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("bash", "zsh").iterator();
        }
    }

    /** Current region names and their INSEE codes, read from the bundled geography only when asked. */
    static final class Regions implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> out = new ArrayList<>(Geo.placeNames().regionNames());
            return out.iterator();
        }
    }
}
