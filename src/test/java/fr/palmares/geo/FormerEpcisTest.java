package fr.palmares.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormerEpcisTest {
    private static final Geography GEO = Geography.bundled();
    private static final FormerEpcis FORMER = new FormerEpcis(GEO, new Places(GEO), new CommuneMatcher(GEO, new Places(GEO)),
            new PlaceInference(GEO));

    /**
     * The rule measured on names nobody chose for it: every current EPCI's own name, looked up as if that
     * EPCI were no longer listed (as a 2012 name is not). The rule must find the EPCI itself for many, and
     * almost never a place in another region; most such names (those naming no town) stay unresolved.
     */
    @Test
    void currentNamesLookedUpAsIfTheyWereFormerOnes() {
        int self = 0;
        int resolved = 0;
        List<String> otherRegion = new ArrayList<>();
        for (Epci e : GEO.epcis()) {
            Outcome o = FORMER.infer(NameForm.parse(e.name()), Evidence.NONE, e.siren());
            if (o.resolution() == null) {
                continue;
            }
            resolved++;
            Place p = o.resolution().place();
            assertThat(o.resolution().matchKind()).isEqualTo("inferred");
            if (e.siren().equals(p.siren())) {
                self++;
            } else if (!Objects.equals(p.region(), e.region())) {
                otherRegion.add(e.name() + " -> " + p.officialName());
            }
        }
        assertThat(self).as("found themselves").isGreaterThanOrEqualTo(200);
        assertThat(otherRegion.size()).as("in another region: %s", otherRegion).isLessThanOrEqualTo(resolved * 3 / 100);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // step 1: a current EPCI's name inside
        "Communauté d'agglomération Sud Pays Basque | 200067106 | 0.85",
        "Communauté d'agglomération du Territoire de la Côte Ouest de La Réunion | 249740101 | 0.85",
        // step 2: the town the name names
        "Communauté d'agglomération d'Annecy | 200066793 | 0.8",
        "Reims Métropole | 200067213 | 0.8",
        "Communauté d'agglomération du Grand Troyes | 200069250 | 0.8",
        "Chambéry métropole | 200069110 | 0.8",
        "CA de Cherbourg | 200067205 | 0.8",
        "CA de Brive | 200043172 | 0.8",
        "CA de Montereau | 247700107 | 0.8", // the town Montereau-Fault-Yonne dwarfs Montereau (Loiret)
        // step 3: the town the first words name
        "Communauté d'agglomération Pau-Pyrénées | 200067254 | 0.75",
        "CA de Bayonne-Anglet-Biarritz | 200067106 | 0.75",
        "CA de Mulhouse Sud Alsace | 200066009 | 0.75",
        "Communauté d'agglomération d'Orléans Val de Loire | 244500468 | 0.75",
    })
    void stepsInOrder(String printed, String siren, double score) {
        Outcome o = FORMER.infer(NameForm.parse(printed), Evidence.NONE);
        assertThat(o.resolution()).as("%s: %s", printed, o.warning()).isNotNull();
        assertThat(o.resolution().place().siren()).isEqualTo(siren);
        assertThat(o.resolution().score()).isEqualTo(score);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Communauté d'agglomération Terre de France",
        "CC du Perche", // La Perche is a village of the Cher, not the Perche
        "CA du Pays d'Aix", // Aix-en-Provence or Aix-les-Bains
        "Rennes Métropole - Ambassad'Ondes", // a name and a title: only whole names
    })
    void namesThatNameNoTownStayUnresolved(String printed) {
        assertThat(FORMER.infer(NameForm.parse(printed), Evidence.NONE).resolution()).as(printed).isNull();
    }

    @Test
    void aStatedPlaceDecidesAndOverrules() {
        Evidence reunion = new Evidence();
        reunion.state(new Area("974", "04"));
        Outcome o = FORMER.infer(NameForm.parse("Communauté d'agglomération de Saint-Denis"), reunion);
        assertThat(o.resolution().place().departement()).isEqualTo("974");
        Evidence bretagne = new Evidence();
        bretagne.state(new Area(null, "53"));
        assertThat(FORMER.infer(NameForm.parse("Reims Métropole"), bretagne).resolution()).isNull();
    }
}
