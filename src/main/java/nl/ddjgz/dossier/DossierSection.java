package nl.ddjgz.dossier;

import java.util.Map;

/**
 * A section another module adds to the dossier page (the vaccinations, later others), so the dossier does not depend
 * on those modules. Sections are shown in {@link #order()}.
 */
public interface DossierSection {

    /** The Thymeleaf fragment that shows the section, e.g. {@code "vaccination/dossier-section :: section"}. */
    String fragment();

    /** The model attributes the fragment reads (names must be unique across sections). */
    Map<String, Object> model(ChildDossier dossier);

    default int order() {
        return 0;
    }
}
