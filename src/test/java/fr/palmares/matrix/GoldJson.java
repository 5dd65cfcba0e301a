package fr.palmares.matrix;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gold file of a layout, in the format of the corpus gold ({@code document}, {@code type},
 * {@code edition}, {@code announced}, {@code laureates}, {@code optional}): the set's laureates, the past
 * laureate as optional; every format of the layout is judged against it.
 */
public final class GoldJson {
    private GoldJson() {
    }

    public static byte[] of(Layout layout, GoldSet set) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("document", layout.id() + Format.MARKDOWN.extension);
        root.put("type", layout.kind());
        root.put("edition", set.edition());
        root.put("announced", set.awards().size());
        root.put("laureates", set.awards().stream().map(GoldJson::laureate).toList());
        root.put("optional", List.of(laureate(set.past())));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> laureate(Award a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("edition", a.edition());
        m.put("medal", a.medal().code);
        m.put("category", a.category());
        List<Object> cs = new ArrayList<>();
        for (Body b : a.bodies()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", b.names());
            c.put("type", b.type());
            c.put("departement", b.departement());
            c.put("region", b.region());
            cs.add(c);
        }
        m.put("collectivites", cs);
        m.put("project", a.titles().size() == 1 ? a.project() : a.titles());
        return m;
    }
}
