package nl.ddjgz.vaccicard.fhir;

import java.util.List;
import java.util.Map;

/**
 * The codes of the value sets BeVaccination binds as required. The register's lists change: the sender uses its
 * administrator's copy (a table); the simulated register (in the tests) reads the lists of the profile version we
 * follow on its own.
 */
public interface BeValueSets {

    /** Whether the code of that code system is in the value set (codes are case-sensitive). */
    boolean contains(BeValueSet set, String system, String code);

    /** The concepts of the value set, in the order of the list. */
    List<Concept> concepts(BeValueSet set);

    /**
     * These lists as they are now, held in memory: for work that checks many resources at once and may not touch
     * the database from several threads (an approval's composing). Lists that are in memory already return
     * themselves.
     */
    default BeValueSets snapshot() {
        return this;
    }

    /** Lists held in memory, in the order given. */
    static BeValueSets listed(Map<BeValueSet, List<Concept>> concepts) {
        return new ListedValueSets(concepts);
    }

    /**
     * One code of a value set, with its displays.
     *
     * @param displayEn the English display (sent as {@code Coding.display})
     * @param displayNl the Dutch display, for pages
     * @param displayFr the French display, for pages
     */
    record Concept(BeValueSet set, String system, String code, String displayEn, String displayNl, String displayFr) {

        /** The display in the language of the pages ({@code fr} or else Dutch). */
        public String display(String language) {
            return "fr".equals(language) ? displayFr : displayNl;
        }
    }
}
