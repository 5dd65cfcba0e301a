package fr.palmares.matrix;

import java.nio.file.Path;

/**
 * Writes every layout in every format with its gold, for a look or for {@code palmares eval}:
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fr.palmares.matrix.WriteMatrix -Dexec.args=target/layout-matrix
 * ./palmares eval --gold target/layout-matrix/gold target/layout-matrix
 * </pre>
 */
public final class WriteMatrix {
    private WriteMatrix() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/layout-matrix");
        int n = 0;
        for (Layout l : Layouts.ALL) {
            for (Format f : Format.values()) {
                MatrixFiles.write(dir, l, f);
                n++;
            }
        }
        System.out.println(n + " documents and " + Layouts.ALL.size() + " gold files written to " + dir);
    }
}
