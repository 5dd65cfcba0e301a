package fr.palmares.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** A model line is equal, hashes and reads as the record of its four components it was. */
class ModelLineTest {
    @Test
    void equalityHashAndTextAsTheRecord() {
        Style bold = new Style(2, true, false, 0, null, false);
        Line a = new Line(List.of(new Span("Label d'or :", true), new Span("  Ville de\u00A0Brest ", false)), bold, 3, 12);
        Line b = new Line(List.of(new Span("Label d'or :", true), new Span("  Ville de\u00A0Brest ", false)), bold, 3, 12);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new Line(a.spans(), bold, 3, 13)).isNotEqualTo(new Line(a.spans(), null, 3, 12));
        int h = 0;
        for (Object component : new Object[] {a.spans(), a.style(), 3, 12}) {
            h = 31 * h + Objects.hashCode(component);
        }
        assertThat(a.hashCode()).as("a record's hash of the four components").isEqualTo(h);
        assertThat(a.text()).isEqualTo("Label d'or : Ville de Brest").isSameAs(a.text());
        assertThat(new Line(a.spans(), null, 0, 0).style()).isEqualTo(Style.PLAIN);
        assertThat(Line.of(" un\tdeux ", 0, 1).text()).isEqualTo("un\tdeux");
        assertThat(Line.of(null, 0, 1).text()).as("as the record appended it").isEqualTo("null");
    }
}
