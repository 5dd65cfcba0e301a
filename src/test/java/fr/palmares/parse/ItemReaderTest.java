package fr.palmares.parse;

import static org.assertj.core.api.Assertions.assertThat;

import fr.palmares.load.MarkdownLoader;
import fr.palmares.model.Block;
import fr.palmares.model.Medal;
import org.junit.jupiter.api.Test;

/** One list entry, in each of the forms documents use. */
class ItemReaderTest {
    private final ItemReader reader = new ItemReader(new NameForms());

    private ItemReader.Item read(String markdown) {
        Block b = MarkdownLoader.parse(markdown).get(0);
        return reader.read(b).orElseThrow();
    }

    @Test
    void boldNameThenTitleAfterAHardBreak() {
        ItemReader.Item it = read("- **Communauté d'Agglomération Lisieux Normandie**  \nLe Flex Office à la mode NORKING");
        assertThat(it.names()).containsExactly("Communauté d'Agglomération Lisieux Normandie");
        assertThat(it.project()).isEqualTo("Le Flex Office à la mode NORKING");
    }

    @Test
    void boldTitleThenNamesWithMedal() {
        ItemReader.Item it = read("- **LeBonTag, validateur**  \nMontpellier Méditerranée Métropole et Clermont Auvergne Métropole (label or)");
        assertThat(it.names()).containsExactly("Montpellier Méditerranée Métropole", "Clermont Auvergne Métropole");
        assertThat(it.project()).isEqualTo("LeBonTag, validateur");
        assertThat(it.medal()).isEqualTo(Medal.OR);
    }

    @Test
    void titleDashNamesOrNamesDashTitle() {
        ItemReader.Item a = read("- **J'allume ma rue** – Mairie d'Urrugne (label or)");
        assertThat(a.names()).containsExactly("Mairie d'Urrugne");
        assertThat(a.project()).isEqualTo("J'allume ma rue");
        ItemReader.Item b = read("- **Département de la Loire** - Cybersécuriser le territoire (label or)");
        assertThat(b.names()).containsExactly("Département de la Loire");
        assertThat(b.project()).isEqualTo("Cybersécuriser le territoire");
        ItemReader.Item c = read("- **Lab 3I - Laboratoire 3I - Une coopération alpine -** Communauté de Communes du Pays des Ecrins (label or)");
        assertThat(c.project()).isEqualTo("Lab 3I - Laboratoire 3I - Une coopération alpine");
    }

    @Test
    void collectiviteAvecProjet() {
        ItemReader.Item a = read("- > Rennes Métropole avec INFOLAB, pour comprendre et innover avec l'Open Data");
        assertThat(a.names()).containsExactly("Rennes Métropole");
        assertThat(a.project()).isEqualTo("INFOLAB, pour comprendre et innover avec l'Open Data");
        ItemReader.Item b = read("- > Région Rhône-Alpes 500 destinations en Rhône-Alpes et PACA avec Sitra");
        assertThat(b.names()).containsExactly("Région Rhône-Alpes");
        assertThat(b.project()).isEqualTo("500 destinations en Rhône-Alpes et PACA avec Sitra");
    }

    @Test
    void aListItemWithoutAnyNameIsNotAnEntry() {
        assertThat(reader.read(MarkdownLoader.parse("- L'innovation").get(0))).isEmpty();
        assertThat(reader.read(MarkdownLoader.parse("- **Proximité** - Aller vers l'usager").get(0))).isEmpty();
    }
}
