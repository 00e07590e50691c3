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
 * The lists of BeVaccination {@value BeVaccinationProfile#VERSION} as published, from {@code
 * be-vaccination-value-sets.tsv} (the source of the administrator's table, migration V40): for tests that check a
 * resource against the profile's own lists rather than the administrator's copy.
 */
public final class ShippedValueSets {

    static final String RESOURCE = "be-vaccination-value-sets.tsv";

    private static final BeValueSets OFFICIAL = load();

    private ShippedValueSets() {}

    public static BeValueSets official() {
        return OFFICIAL;
    }

    private static BeValueSets load() {
        Map<BeValueSet, List<BeValueSets.Concept>> all = new EnumMap<>(BeValueSet.class);
        try (InputStream in = ShippedValueSets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    throw new IllegalStateException(RESOURCE + ": expected 6 columns in: " + line);
                }
                BeValueSet set = BeValueSet.byKey(f[0])
                        .orElseThrow(() -> new IllegalStateException(RESOURCE + ": unknown value set " + f[0]));
                all.computeIfAbsent(set, s -> new ArrayList<>())
                        .add(new BeValueSets.Concept(set, f[1], f[2], f[3], f[4], f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BeValueSets.listed(all);
    }
}
