package fr.palmares.normalize;

import fr.palmares.model.Regexes;
import fr.palmares.load.Hashes;
import fr.palmares.model.Text;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

/**
 * Stable laureate ids: a hash of the edition, the credited collectivités (SIREN when resolved, else the
 * folded name) and the folded title, so the same award read from any document gets the same id.
 */
public final class Ids {
    private Ids() {
    }

    public static String of(Integer edition, List<String> collectiviteKeys, String project) {
        TreeSet<String> keys = new TreeSet<>();
        for (String k : collectiviteKeys) {
            keys.add(key(k));
        }
        String basis = (edition == null ? "?" : edition.toString()) + "|" + String.join(";", keys) + "|" + key(project);
        return Hashes.sha256(basis.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** What identifies a credited body in an id: its SIREN when resolved, else its name as printed. */
    public static String collectiviteKey(fr.palmares.model.Collectivite c) {
        return c.siren() != null ? c.siren() : c.name();
    }

    /** The folded, punctuation-free form used in ids and comparisons. */
    public static String key(String s) {
        return Regexes.replaceAll(Text.fold(s == null ? "" : s), "[^a-z0-9]+", " ").strip();
    }
}
