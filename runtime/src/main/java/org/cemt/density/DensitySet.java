package org.cemt.density;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemt.core.Element;
import org.cemt.core.InputException;

/**
 * Element densities by atomic number, from one source: a standard set shipped with cemt ({@link #NC_SR},
 * {@link #QE_KJPAW}, converted from GMP-featurizer's files, TRI-AMDD, Apache-2.0, commit 79ba574; see the
 * resource headers) or a user's {@code .gpsp} file. Immutable.
 */
public final class DensitySet {
    /** Standard set name: norm-conserving scalar-relativistic PBE pseudo-densities (PseudoDojo). */
    public static final String NC_SR = "NC-SR";
    /** Standard set name: Quantum ESPRESSO kjpaw pseudo-densities. */
    public static final String QE_KJPAW = "QE-kjpaw";

    private final String name;
    private final Map<Integer, ElementDensity> elements;

    DensitySet(String name, Map<Integer, ElementDensity> elements) {
        this.name = name;
        this.elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
    }

    /** A standard set, {@code NC-SR} or {@code QE-kjpaw} (exact spelling, case-insensitive). */
    public static DensitySet standard(String setName) {
        String file = setName.equalsIgnoreCase(NC_SR) ? NC_SR : setName.equalsIgnoreCase(QE_KJPAW) ? QE_KJPAW : null;
        if (file == null) {
            throw InputException.of("density", "set", NC_SR + " or " + QE_KJPAW, "'" + setName + "'");
        }
        return Standard.get(file);
    }

    /** {@code NC-SR}, {@code QE-kjpaw}, or else the path of a {@code .gpsp} file. */
    public static DensitySet named(String setOrFile) {
        if (setOrFile.equalsIgnoreCase(NC_SR) || setOrFile.equalsIgnoreCase(QE_KJPAW)) {
            return standard(setOrFile);
        }
        return GpspReader.read(Path.of(setOrFile));
    }

    /** The set's name: a standard name or the file it was read from. */
    public String name() {
        return name;
    }

    public boolean contains(int z) {
        return elements.containsKey(z);
    }

    /** The density of element z; an InputException naming the element and this set if absent. */
    public ElementDensity element(int z) {
        ElementDensity d = elements.get(z);
        if (d == null) {
            throw InputException.of("density " + name, "element", "one of the elements it defines",
                Element.symbol(z));
        }
        return d;
    }

    /** The atomic numbers defined, in file order. */
    public int[] numbers() {
        return elements.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    static ElementDensity element(int z, List<double[]> gaussians) {
        double[] b = new double[gaussians.size()];
        double[] beta = new double[gaussians.size()];
        for (int g = 0; g < b.length; g++) {
            b[g] = gaussians.get(g)[0];
            beta[g] = gaussians.get(g)[1];
        }
        return new ElementDensity(z, b, beta);
    }

    @Override
    public String toString() {
        return "DensitySet(" + name + ", " + elements.size() + " elements)";
    }

    /** The shipped sets, parsed once: "# comment" lines, then "Symbol Z B1 β1 B2 β2 …" per element. */
    private static final class Standard {
        private static final Map<String, DensitySet> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static DensitySet get(String setName) {
            return CACHE.computeIfAbsent(setName, Standard::load);
        }

        private static DensitySet load(String setName) {
            String resource = setName + ".density";
            String text;
            try (InputStream in = DensitySet.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource org/cemt/density/" + resource);
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("unreadable resource org/cemt/density/" + resource, e);
            }
            Map<Integer, ElementDensity> map = new LinkedHashMap<>();
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].trim();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String at = resource + ":" + (i + 1);
                String[] t = line.split("\\s+");
                int z = GpspReader.integer(t[1], at, "Z");
                int ng = (t.length - 2) / 2;
                double[] b = new double[ng];
                double[] beta = new double[ng];
                for (int g = 0; g < ng; g++) {
                    b[g] = GpspReader.real(t[2 + 2 * g], at, "B");
                    beta[g] = GpspReader.real(t[3 + 2 * g], at, "beta");
                }
                map.put(z, new ElementDensity(z, b, beta));
            }
            return new DensitySet(setName, map);
        }
    }
}
