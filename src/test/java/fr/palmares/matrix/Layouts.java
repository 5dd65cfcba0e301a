package fr.palmares.matrix;

import fr.palmares.matrix.layout.Abbreviations;
import fr.palmares.matrix.layout.AllCapitals;
import fr.palmares.matrix.layout.AttributionLast;
import fr.palmares.matrix.layout.Bilingual;
import fr.palmares.matrix.layout.BoldParagraphCategories;
import fr.palmares.matrix.layout.CardsProjectFirst;
import fr.palmares.matrix.layout.CardsRotatingFields;
import fr.palmares.matrix.layout.DefinitionList;
import fr.palmares.matrix.layout.DrawnBullets;
import fr.palmares.matrix.layout.GroupedByRegion;
import fr.palmares.matrix.layout.LetterSpacedBanners;
import fr.palmares.matrix.layout.MedalFirstLines;
import fr.palmares.matrix.layout.MedalInParentheses;
import fr.palmares.matrix.layout.MedalLastLines;
import fr.palmares.matrix.layout.MedalVocabulary;
import fr.palmares.matrix.layout.NumberedList;
import fr.palmares.matrix.layout.OnePerPage;
import fr.palmares.matrix.layout.RunInList;
import fr.palmares.matrix.layout.TableWithColumns;
import fr.palmares.matrix.layout.TableWithHeader;
import fr.palmares.matrix.layout.TableWithRowspan;
import fr.palmares.matrix.layout.TableWithoutHeader;
import fr.palmares.matrix.layout.TitleFirst;
import fr.palmares.matrix.layout.TwoColumns;
import java.util.List;

/** Every layout of the matrix. To add one: write a small {@link AbstractLayout} and list it here. */
public final class Layouts {
    public static final List<Layout> ALL = List.of(
            new TableWithHeader(),
            new TableWithoutHeader(),
            new TableWithColumns(),
            new TableWithRowspan(),
            new MedalInParentheses(),
            new MedalFirstLines(),
            new MedalLastLines(),
            new CardsProjectFirst(),
            new CardsRotatingFields(),
            new OnePerPage(),
            new GroupedByRegion(),
            new NumberedList(),
            new AllCapitals(),
            new Abbreviations(),
            new DefinitionList(),
            new TwoColumns(),
            new DrawnBullets(),
            new BoldParagraphCategories(),
            new MedalVocabulary(),
            new Bilingual(),
            new RunInList(),
            new LetterSpacedBanners(),
            new TitleFirst(),
            new AttributionLast());

    private Layouts() {
    }
}
