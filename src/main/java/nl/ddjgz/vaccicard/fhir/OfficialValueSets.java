package nl.ddjgz.vaccicard.fhir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Value sets held in memory: those of the profile version we follow, read once from {@code
 * be-vaccination-value-sets.tsv}, or a snapshot of the administrator's lists ({@link BeValueSets#listed}).
 */
final class OfficialValueSets implements BeValueSets {

    static final String RESOURCE = "be-vaccination-value-sets.tsv";

    static final OfficialValueSets INSTANCE = load();

    private final Map<BeValueSet, List<Concept>> concepts;

    OfficialValueSets(Map<BeValueSet, List<Concept>> concepts) {
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

    private static OfficialValueSets load() {
        Map<BeValueSet, List<Concept>> all = new EnumMap<>(BeValueSet.class);
        try (InputStream in = OfficialValueSets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    throw new IllegalStateException(RESOURCE + ": expected 6 columns in: " + line);
                }
                BeValueSet set = BeValueSet.byKey(f[0])
                        .orElseThrow(() -> new IllegalStateException(RESOURCE + ": unknown value set " + f[0]));
                all.computeIfAbsent(set, s -> new ArrayList<>()).add(new Concept(set, f[1], f[2], f[3], f[4], f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OfficialValueSets(all);
    }
}
