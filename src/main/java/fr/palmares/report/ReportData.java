package fr.palmares.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.palmares.model.Collectivite;
import fr.palmares.model.Conflict;
import fr.palmares.model.Evidence;
import fr.palmares.model.Laureate;
import fr.palmares.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the page shows, as the JSON the page's script reads: the laureates in dataset order (fields, the
 * geography of each collectivité, sources, evidence with its spans, the reasons to check it), the current
 * regions (overseas ones marked) and, when the documents were checked, what each document gave. File
 * names are listed once and referred to by their index, so that the page stays small. Same inputs, same
 * bytes: nothing depends on time, place or hash order.
 *
 * @param name      what the dataset is ("bundled dataset", a file name), shown in the page's title
 * @param laureates the dataset's laureates, in its order
 * @param regions   the current regions, code and name, in code order
 * @param documents the documents the dataset was extracted from, null when they were not checked
 */
public record ReportData(String name, List<Laureate> laureates, List<Region> regions,
        @Nullable List<DocumentCheck> documents) {

    /** A current region; overseas when its INSEE code is under 10 (Guadeloupe ... Mayotte). */
    public record Region(String code, String name) {
        public boolean overseas() {
            return code.compareTo("10") < 0;
        }
    }

    public ReportData {
        laureates = List.copyOf(laureates);
        regions = regions.stream().sorted(java.util.Comparator.comparing(Region::code)).toList();
        documents = documents == null ? null : List.copyOf(documents);
    }

    /** The laureates with at least one reason to check them. */
    public long toCheck() {
        return laureates.stream().filter(l -> !Reason.of(l).isEmpty()).count();
    }

    /** The documents the review lists (nothing found, not read, or warned about); 0 when not checked. */
    public long documentsToCheck() {
        return documents == null ? 0 : documents.stream().filter(DocumentCheck::needsCheck).count();
    }

    /** The page's data as JSON. */
    public String json() {
        try {
            return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report data", e);
        }
    }

    /** The data as nested maps and lists (absent values left out). */
    Map<String, Object> tree() {
        Map<String, Integer> fileIndex = new TreeMap<>();
        for (Laureate l : laureates) {
            l.sources().forEach(s -> fileIndex.put(s.file(), 0));
            l.evidence().forEach(e -> fileIndex.put(e.file() == null ? "" : e.file(), 0));
        }
        if (documents != null) {
            documents.forEach(d -> fileIndex.put(d.file(), 0));
        }
        List<String> files = new ArrayList<>(fileIndex.keySet());
        for (int i = 0; i < files.size(); i++) {
            fileIndex.put(files.get(i), i);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", name);
        root.put("lowConfidence", Reason.LOW_CONFIDENCE);
        List<Object> regionRows = new ArrayList<>();
        for (Region r : regions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", r.code());
            m.put("name", r.name());
            m.put("overseas", r.overseas());
            regionRows.add(m);
        }
        root.put("regions", regionRows);
        root.put("files", files);
        List<Object> rows = new ArrayList<>();
        for (Laureate l : laureates) {
            rows.add(laureate(l, fileIndex));
        }
        root.put("laureates", rows);
        if (documents != null) {
            List<Object> docs = new ArrayList<>();
            for (DocumentCheck d : documents) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("f", fileIndex.get(d.file()));
                put(m, "kind", d.kind());
                put(m, "edition", d.edition());
                m.put("laureates", d.laureates());
                if (!d.notes().isEmpty()) {
                    m.put("notes", d.notes());
                }
                put(m, "failure", d.failure());
                docs.add(m);
            }
            root.put("documents", docs);
        }
        return root;
    }

    private static Map<String, Object> laureate(Laureate l, Map<String, Integer> fileIndex) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        put(m, "edition", l.edition());
        put(m, "medal", l.medal());
        put(m, "category", l.category());
        m.put("project", l.project());
        List<Object> coll = new ArrayList<>();
        for (Collectivite c : l.collectivites()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("name", c.name());
            put(cm, "type", c.type());
            put(cm, "siren", c.siren());
            put(cm, "dep", c.departement());
            put(cm, "region", c.region());
            put(cm, "regionName", c.regionName());
            if (c.match() != null) {
                cm.put("match", c.match().kind());
                cm.put("score", c.match().score());
            }
            coll.add(cm);
        }
        m.put("coll", coll);
        put(m, "description", l.description());
        List<Object> src = new ArrayList<>();
        for (Source s : l.sources()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("f", fileIndex.get(s.file()));
            put(sm, "type", s.type());
            put(sm, "page", s.page());
            put(sm, "line", s.line());
            src.add(sm);
        }
        m.put("src", src);
        m.put("conf", l.confidence());
        if (!l.conflicts().isEmpty()) {
            List<Object> cs = new ArrayList<>();
            for (Conflict c : l.conflicts()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("field", c.field());
                cm.put("values", c.values());
                cm.put("files", c.files());
                cs.add(cm);
            }
            m.put("conflicts", cs);
        }
        List<Object> ev = new ArrayList<>();
        for (Evidence e : l.evidence()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("f", fileIndex.get(e.file() == null ? "" : e.file()));
            put(em, "page", e.page());
            put(em, "line", e.line());
            em.put("text", e.snippet());
            List<Object> spans = new ArrayList<>();
            for (Evidence.FieldSpan s : e.spans()) {
                spans.add(List.of(s.field(), s.start(), s.end()));
            }
            em.put("spans", spans);
            ev.add(em);
        }
        m.put("ev", ev);
        List<Reason> why = Reason.of(l);
        if (!why.isEmpty()) {
            m.put("why", why.stream().map(r -> List.of(r.code(), r.text())).toList());
        }
        return m;
    }

    private static void put(Map<String, Object> m, String key, @Nullable Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
