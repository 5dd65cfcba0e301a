package fr.palmares.parse;

import fr.palmares.annotate.NameOracle;

/** What every parser knows besides the blocks: the edition, and what names are. */
public record ParseContext(Integer edition, NameOracle oracle) {
    public NameSplitter splitter() {
        return new NameSplitter(oracle);
    }
}
