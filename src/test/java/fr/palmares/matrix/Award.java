package fr.palmares.matrix;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One laureate of the gold set: medal, category, the bodies credited (in printed order), the project's
 * title and the shorter titles a careful reader may keep, and a one-sentence description.
 */
public record Award(int edition, Medal medal, @Nullable String category, List<Body> bodies, String project,
        List<String> shorterTitles, String description) {

    /** Every accepted title. */
    public List<String> titles() {
        List<String> out = new ArrayList<>();
        out.add(project);
        out.addAll(shorterTitles);
        return out;
    }

    /** The bodies joined for print ("X et Y", "X / Y"). */
    public String names(Body.NameStyle style, String joiner) {
        List<String> n = bodies.stream().map(b -> b.name(style)).toList();
        return String.join(joiner, n);
    }

    /** The bodies joined with " et ", in full. */
    public String names() {
        return names(Body.NameStyle.FULL, " et ");
    }

    /** The region of the first body (the co-award of this set shares one region). */
    public String regionName() {
        return bodies.get(0).regionName();
    }
}
