package nl.ddjgz.vaccicard.fhir;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Value sets held in memory: a snapshot of the administrator's lists ({@link BeValueSets#listed}). */
final class ListedValueSets implements BeValueSets {

    private final Map<BeValueSet, List<Concept>> concepts;

    ListedValueSets(Map<BeValueSet, List<Concept>> concepts) {
        Map<BeValueSet, List<Concept>> copy = new EnumMap<>(BeValueSet.class);
        concepts.forEach((set, list) -> copy.put(set, List.copyOf(list)));
        this.concepts = copy;
    }

    @Override
    public boolean contains(BeValueSet set, String system, String code) {
        return system != null
                && code != null
                && concepts(set).stream()
                        .anyMatch(c -> c.system().equals(system) && c.code().equals(code));
    }

    @Override
    public List<Concept> concepts(BeValueSet set) {
        return concepts.getOrDefault(set, List.of());
    }
}
