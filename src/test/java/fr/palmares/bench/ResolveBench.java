package fr.palmares.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.palmares.geo.CollectiviteResolver;
import fr.palmares.geo.Commune;
import fr.palmares.geo.Epci;
import fr.palmares.geo.Geography;
import fr.palmares.geo.NameContext;
import fr.palmares.geo.Resolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Resolution of 1,000 collectivité names against the official geography: every name of the gold files
 * (as printed in the documents), then EPCI names and "Ville de" commune names taken at regular steps
 * from the geography until there are 1,000. One operation resolves all of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResolveBench {
    static final int NAMES = 1_000;

    private List<String> names;
    private CollectiviteResolver resolver;

    @Setup
    public void names() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String dir : List.of("src/test/resources/gold", "src/test/resources/corpus/gold")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.sorted().toList()) {
                    for (JsonNode l : json.readTree(f.toFile()).path("laureates")) {
                        for (JsonNode c : l.path("collectivites")) {
                            JsonNode n = c.path("name");
                            String name = n.isArray() ? n.path(0).asText("") : n.asText("");
                            if (!name.isBlank() && out.size() < NAMES) {
                                out.add(name);
                            }
                        }
                    }
                }
            }
        }
        Geography geo = Geography.bundled();
        List<Epci> epcis = geo.epcis();
        List<Commune> communes = geo.communes();
        for (int i = 0; out.size() < NAMES; i++) {
            out.add(i % 2 == 0 ? epcis.get((i * 37) % epcis.size()).name()
                    : "Ville de " + communes.get((i * 97) % communes.size()).name());
        }
        names = new ArrayList<>(out);
        resolver = new CollectiviteResolver(geo);
        resolveAll(null); // the resolver's tables are built here
    }

    @Benchmark
    public int resolveThousandNames(Blackhole bh) {
        return resolveAll(bh);
    }

    private int resolveAll(Blackhole bh) {
        int resolved = 0;
        for (String n : names) {
            Optional<Resolution> r = resolver.resolve(n, NameContext.EMPTY);
            if (r.isPresent()) {
                resolved++;
            }
            if (bh != null) {
                bh.consume(r);
            }
        }
        return resolved;
    }
}
