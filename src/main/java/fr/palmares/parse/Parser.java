package fr.palmares.parse;

import fr.palmares.model.Block;
import fr.palmares.model.RawLaureate;
import java.util.List;

/** Turns the blocks of one kind of document into raw laureates. */
public interface Parser {
    List<RawLaureate> parse(List<Block> blocks, ParseContext context);
}
