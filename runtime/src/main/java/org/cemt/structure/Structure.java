package org.cemt.structure;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cemt.core.Element;
import org.cemt.core.InputException;

/**
 * One frame: atomic numbers, positions (Å, flat [3*atom + axis]), a {@link Cell} ({@link Cell#NONE} for a
 * molecule), and what was computed or read about it: total energy (eV), stress (eV/Å³, 3×3 row-major, ASE's sign),
 * free-form info (key → value text as read), and named per-atom arrays such as {@code forces} (eV/Å, R:3) or
 * {@code charges}. Immutable: arrays are copied in and never handed out; a change is a new value.
 */
public final class Structure {
    /** Name of the per-atom force array (eV/Å, width 3). */
    public static final String FORCES = "forces";

    private final int[] numbers;
    private final double[] positions;
    private final Cell cell;
    private final double energy; // NaN when absent
    private final double[] stress; // null when absent
    private final Map<String, String> info;
    private final Map<String, AtomArray> arrays;

    private Structure(int[] numbers, double[] positions, Cell cell, double energy, double[] stress,
                      Map<String, String> info, Map<String, AtomArray> arrays) {
        this.numbers = numbers;
        this.positions = positions;
        this.cell = cell;
        this.energy = energy;
        this.stress = stress;
        this.info = info;
        this.arrays = arrays;
    }

    /**
     * A structure from atomic numbers and positions (Å, flat [3*atom + axis]); checks sizes, elements and that
     * every coordinate is finite.
     */
    public static Structure of(int[] numbers, double[] positions, Cell cell) {
        return builder(numbers, positions).cell(cell).build();
    }

    /** A molecule (no cell). */
    public static Structure molecule(int[] numbers, double[] positions) {
        return of(numbers, positions, Cell.NONE);
    }

    public static Builder builder(int[] numbers, double[] positions) {
        return new Builder(numbers, positions);
    }

    /** A builder holding everything this structure holds, to change some of it. */
    public Builder toBuilder() {
        Builder b = new Builder(numbers, positions).cell(cell);
        b.energy = energy;
        b.stress = stress;
        b.info.putAll(info);
        b.arrays.putAll(arrays);
        return b;
    }

    public int size() {
        return numbers.length;
    }

    public int number(int atom) {
        return numbers[atom];
    }

    /** Atomic numbers, a copy. */
    public int[] numbers() {
        return numbers.clone();
    }

    public String symbol(int atom) {
        return Element.symbol(numbers[atom]);
    }

    public double position(int atom, int axis) {
        return positions[3 * atom + axis];
    }

    /** Positions, Å, flat [3*atom + axis], a copy. */
    public double[] positions() {
        return positions.clone();
    }

    public Cell cell() {
        return cell;
    }

    public boolean isPeriodic() {
        return cell.isPeriodic();
    }

    public boolean hasEnergy() {
        return !Double.isNaN(energy);
    }

    /** Total energy, eV; throws if absent. */
    public double energy() {
        if (!hasEnergy()) {
            throw new InputException("structure: energy: expected a value, found none");
        }
        return energy;
    }

    public boolean hasStress() {
        return stress != null;
    }

    /** Stress, eV/Å³, 3×3 row-major, a copy; throws if absent. */
    public double[] stress() {
        if (stress == null) {
            throw new InputException("structure: stress: expected a value, found none");
        }
        return stress.clone();
    }

    public boolean hasForces() {
        return arrays.containsKey(FORCES);
    }

    /** Forces, eV/Å, flat [3*atom + axis], a copy; throws if absent. */
    public double[] forces() {
        AtomArray f = arrays.get(FORCES);
        if (f == null) {
            throw new InputException("structure: forces: expected a per-atom array, found none");
        }
        return f.reals();
    }

    /** Free-form key → value text (comment-line pairs other than Lattice, pbc, Properties, energy, stress). */
    public Map<String, String> info() {
        return info;
    }

    /** Per-atom arrays by name, in declaration order (species and positions are not among them). */
    public Map<String, AtomArray> arrays() {
        return arrays;
    }

    public Structure withPositions(double[] xyz) {
        Builder b = toBuilder();
        b.positions = xyz.clone();
        return b.build();
    }

    public Structure withCell(Cell c) {
        return toBuilder().cell(c).build();
    }

    /** The same atoms with a computed energy (eV) and forces (eV/Å, flat), replacing any present. */
    public Structure withEnergyAndForces(double e, double[] forces) {
        return toBuilder().energy(e).forces(forces).build();
    }

    /** The atoms listed, in that order, with their per-atom arrays; frame properties kept. */
    public Structure select(int[] atoms) {
        int[] z = new int[atoms.length];
        double[] r = new double[3 * atoms.length];
        for (int i = 0; i < atoms.length; i++) {
            z[i] = numbers[atoms[i]];
            System.arraycopy(positions, 3 * atoms[i], r, 3 * i, 3);
        }
        Builder b = new Builder(z, r).cell(cell);
        b.energy = energy;
        b.stress = stress;
        b.info.putAll(info);
        for (AtomArray a : arrays.values()) {
            b.arrays.put(a.name(), a.select(atoms));
        }
        return b.build();
    }

    /** Chemical formula in order of first appearance, e.g. Au6 or C9H8O4. */
    public String formula() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int z : numbers) {
            counts.merge(Element.symbol(z), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((s, n) -> sb.append(s).append(n == 1 ? "" : n));
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Structure s && Arrays.equals(numbers, s.numbers) && Arrays.equals(positions, s.positions)
            && cell.equals(s.cell) && Double.compare(energy, s.energy) == 0 && Arrays.equals(stress, s.stress)
            && info.equals(s.info) && arrays.equals(s.arrays);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(numbers) * 31 + Arrays.hashCode(positions);
    }

    @Override
    public String toString() {
        return "Structure(" + formula() + (cell.isPeriodic() ? ", periodic" : "") + ")";
    }

    /** Collects a structure's parts; {@link #build()} validates them. */
    public static final class Builder {
        private final int[] numbers;
        private double[] positions;
        private Cell cell = Cell.NONE;
        private double energy = Double.NaN;
        private double[] stress;
        private final Map<String, String> info = new LinkedHashMap<>();
        private final Map<String, AtomArray> arrays = new LinkedHashMap<>();

        private Builder(int[] numbers, double[] positions) {
            this.numbers = numbers.clone();
            this.positions = positions.clone();
        }

        public Builder cell(Cell c) {
            this.cell = c == null ? Cell.NONE : c;
            return this;
        }

        /** Total energy, eV (finite). */
        public Builder energy(double e) {
            if (!Double.isFinite(e)) {
                throw InputException.of("structure", "energy", "a finite number", e);
            }
            this.energy = e;
            return this;
        }

        public Builder clearEnergy() {
            this.energy = Double.NaN;
            return this;
        }

        /** Stress, eV/Å³: 9 values (3×3 row-major) or 6 in Voigt order xx yy zz yz xz xy. */
        public Builder stress(double[] s) {
            if (s.length == 6) {
                s = new double[] {s[0], s[5], s[4], s[5], s[1], s[3], s[4], s[3], s[2]};
            } else if (s.length != 9) {
                throw InputException.of("structure", "stress", "6 or 9 numbers", s.length);
            }
            this.stress = s.clone();
            return this;
        }

        public Builder info(String key, String value) {
            info.put(key, value);
            return this;
        }

        public Builder array(AtomArray a) {
            arrays.put(a.name(), a);
            return this;
        }

        /** Forces, eV/Å, flat [3*atom + axis]. */
        public Builder forces(double[] f) {
            return array(AtomArray.reals(FORCES, 3, f));
        }

        public Builder removeArray(String name) {
            arrays.remove(name);
            return this;
        }

        public Structure build() {
            int n = numbers.length;
            if (positions.length != 3 * n) {
                throw InputException.of("structure", "positions", 3 * n + " numbers for " + n + " atoms",
                    positions.length);
            }
            for (int i = 0; i < n; i++) {
                if (numbers[i] < 1 || numbers[i] > Element.MAX_Z) {
                    throw InputException.of("structure", "atom " + i, "atomic number 1.." + Element.MAX_Z,
                        numbers[i]);
                }
                for (int k = 0; k < 3; k++) {
                    if (!Double.isFinite(positions[3 * i + k])) {
                        throw InputException.of("structure", "atom " + i + " position", "finite coordinates",
                            positions[3 * i + k]);
                    }
                }
            }
            for (AtomArray a : arrays.values()) {
                if (a.atoms() != n) {
                    throw InputException.of("structure", "per-atom array " + a.name(), n + " atoms",
                        a.atoms());
                }
            }
            return new Structure(numbers, positions, cell, energy, stress == null ? null : stress.clone(),
                Collections.unmodifiableMap(new LinkedHashMap<>(info)),
                Collections.unmodifiableMap(new LinkedHashMap<>(arrays)));
        }
    }
}
