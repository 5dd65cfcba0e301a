package fr.palmares.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven: printed names of 2009-2025 with what their document says around them, and the type,
 * département and region expected.
 * <ul>
 * <li>{@code gold-names.tsv}: every name (with its alternatives) of the gold files of the samples, the corpus
 * documents and the test documents (src/test/resources/{gold,corpus/gold,docs}), credited with the others of
 * its award; the evidence column holds what the document prints next to the name (a place line, a
 * département in parentheses, its acronym definitions), read by hand from the document;</li>
 * <li>{@code names-across-time.tsv}: names of other documents nobody has written gold for: EPCI before the
 * 2017 mergers, syndicats, overseas collectivités, homonyms with and without evidence.</li>
 * </ul>
 * Columns: printed name, co-credited names (";"), evidence ({@code dep=93;;line=Lot et Aveyron —
 * Occitanie;;heading=Bretagne;;acr=TCO=Territoire de la Côte Ouest;;text=...}), type ("unresolved" when no
 * place must be given, "?" when the gold gives none), département ("-" null, "?" unchecked), region, where
 * the name comes from.
 */
class NamesAcrossTimeTest {
    private static final CollectiviteResolver RESOLVER = new CollectiviteResolver(Geography.bundled());

    static Stream<Arguments> goldNames() throws IOException {
        return rows("gold-names.tsv");
    }

    static Stream<Arguments> namesAcrossTime() throws IOException {
        return rows("names-across-time.tsv");
    }

    @ParameterizedTest(name = "{0} [{6}]")
    @MethodSource("goldNames")
    void goldNamesResolveAsTheGoldSays(String printed, String coCredited, String evidence, String type, String dep,
            String region, String where) {
        check(printed, coCredited, evidence, type, dep, region);
    }

    @ParameterizedTest(name = "{0} [{6}]")
    @MethodSource("namesAcrossTime")
    void namesOfOtherDocumentsResolve(String printed, String coCredited, String evidence, String type, String dep,
            String region, String where) {
        check(printed, coCredited, evidence, type, dep, region);
    }

    @Test
    void tablesAreLargeEnough() throws IOException {
        assertThat(rows("gold-names.tsv").count()).isGreaterThan(400);
        assertThat(rows("names-across-time.tsv").count()).isGreaterThanOrEqualTo(60);
    }

    private static void check(String printed, String coCredited, String evidence, String type, String dep,
            String region) {
        NameContext ctx = context(coCredited, evidence);
        Outcome o = RESOLVER.explain(printed, ctx);
        if (type.equals("unresolved")) {
            assertThat(o.resolution()).as("%s should stay unresolved", printed).isNull();
            assertThat(o.warning()).isNotBlank();
            return;
        }
        assertThat(o.resolution()).as("%s: %s", printed, o.warning()).isNotNull();
        Place p = o.resolution().place();
        assertThat(p.region()).as("region of %s (%s)", printed, p).isEqualTo(nullable(region));
        if (!type.equals("?")) {
            assertThat(p.type()).as("type of %s (%s)", printed, p).isEqualTo(type);
        }
        if (!dep.equals("?")) {
            assertThat(p.departement()).as("département of %s (%s)", printed, p).isEqualTo(nullable(dep));
        }
        if (p.region() != null) {
            assertThat(p.regionName()).isEqualTo(Geography.bundled().regionName(p.region()));
        }
    }

    static NameContext context(String coCredited, String evidence) {
        List<String> co = coCredited.isBlank() ? List.of()
                : Arrays.stream(coCredited.split(";")).map(String::strip).toList();
        List<String> deps = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Map<String, String> acronyms = new LinkedHashMap<>();
        String heading = null;
        String text = "";
        for (String item : evidence.isBlank() ? new String[0] : evidence.split(";;")) {
            int eq = item.indexOf('=');
            String key = item.substring(0, eq).strip();
            String value = item.substring(eq + 1).strip();
            switch (key) {
                case "dep" -> deps.add(value);
                case "line" -> lines.add(value);
                case "heading" -> heading = value;
                case "text" -> text = value;
                case "acr" -> acronyms.put(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
                default -> throw new IllegalArgumentException("unknown evidence " + key);
            }
        }
        return NameContext.of(co, text).withDepartements(deps).withPlaceLines(lines).withRegionHeading(heading)
                .withAcronyms(acronyms);
    }

    private static String nullable(String s) {
        return s.equals("-") ? null : s;
    }

    static Stream<Arguments> rows(String resource) throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = NamesAcrossTimeTest.class.getResourceAsStream("/geo/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = Arrays.copyOf(line.split("\t", -1), 7);
                out.add(Arguments.of(Optional.ofNullable(f[0]).orElse(""), blank(f[1]), blank(f[2]), f[3], f[4], f[5],
                        blank(f[6])));
            }
        }
        return out.stream();
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
