package nl.ddjgz.bench;

import java.time.LocalDate;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.dossier.DuplicateBsnException;

/**
 * New dossiers for a benchmark, each on its own data: the benchmarks share one database (one Spring context), so a
 * random BSN may already belong to a child another benchmark made.
 */
final class BenchDossiers {

    private BenchDossiers() {}

    /** A new dossier with a random BSN, drawn again when it is taken. */
    static ChildDossier open(Dossiers dossiers, LocalDate birthDate) {
        while (true) {
            try {
                return dossiers.open(Children.born(birthDate));
            } catch (DuplicateBsnException taken) {
                // another child has this BSN: draw again
            }
        }
    }
}
