package fr.palmares.classify;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.model.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A cue's words are in every text its expression finds something in: skipping the others changes nothing. */
class KindCuesTest {
    @Test
    void noCueMatchesWithoutItsWords() throws Exception {
        List<Path> files;
        try (Stream<Path> a = Files.walk(Path.of("samples")); Stream<Path> b = Files.walk(Path.of("src/test/resources"))) {
            files = Stream.concat(a, b).filter(p -> p.toString().matches(".*\\.(md|txt|html)$")).sorted().toList();
        }
        int lines = 0;
        for (Path f : files) {
            for (String line : new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n")) {
                assertThat(KindDetector.missedByNeeds(Text.fold(line))).as("%s: %s", f, line).isFalse();
                lines++;
            }
        }
        for (String s : List.of("Communiqué de presse", "Contact presse", "PRESS RELEASE", "Dossier de presse",
                "Sommaire", "Annuaire", "Label d'or attribué", "label de bronze attribué", "Table des matières",
                "Publié le 3 mai", "Par Jean Dupont", "À lire aussi", "Selon elle", "Cliquez ici", "Accueil")) {
            assertThat(KindDetector.missedByNeeds(Text.fold(s))).as(s).isFalse();
        }
        assertThat(lines).isGreaterThan(1000);
    }
}
