package org.cemt.structure.io;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;

/**
 * What a set of frames holds, gathered in one streamed pass: frame and atom counts, atoms per element, energy range
 * (eV, and eV/atom), force component range and RMS (eV/Å), periodic flags and cell lengths (Å), angles (degrees)
 * and volumes (Å³) of the frames that have a cell. What {@code cemt info} prints. Immutable once built.
 */
public final class FrameSummary {
    private int frames;
    private int atomsMin = Integer.MAX_VALUE;
    private int atomsMax;
    private long atoms;
    private final Map<Integer, Long> atomsPerElement = new TreeMap<>();
    private final Map<Integer, Integer> framesPerElement = new TreeMap<>();
    private int energyFrames;
    private double energyMin = Double.POSITIVE_INFINITY, energyMax = Double.NEGATIVE_INFINITY;
    private double perAtomMin = Double.POSITIVE_INFINITY, perAtomMax = Double.NEGATIVE_INFINITY;
    private int forceFrames;
    private long forceComponents;
    private double forceMin = Double.POSITIVE_INFINITY, forceMax = Double.NEGATIVE_INFINITY, forceSq;
    private final Map<String, Integer> pbcFrames = new LinkedHashMap<>();
    private int cellFrames;
    // [3*quantity + k]: quantity 0 lengths a b c, 1 angles α β γ; min and max
    private final double[] cellMin = filled(Double.POSITIVE_INFINITY), cellMax = filled(Double.NEGATIVE_INFINITY);
    private double volumeMin = Double.POSITIVE_INFINITY, volumeMax = Double.NEGATIVE_INFINITY;

    private FrameSummary() {
    }

    /** Summarises the frames of an extended XYZ file, streaming (constant memory). */
    public static FrameSummary of(Path extxyz) {
        try (ExtXyzReader r = ExtXyz.open(extxyz)) {
            return of(r);
        }
    }

    public static FrameSummary of(Iterable<Structure> frames) {
        return of(frames.iterator());
    }

    public static FrameSummary of(Iterator<Structure> frames) {
        FrameSummary s = new FrameSummary();
        while (frames.hasNext()) {
            s.add(frames.next());
        }
        return s;
    }

    private void add(Structure s) {
        int n = s.size();
        frames++;
        atoms += n;
        atomsMin = Math.min(atomsMin, n);
        atomsMax = Math.max(atomsMax, n);
        Map<Integer, Boolean> seen = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            atomsPerElement.merge(s.number(i), 1L, Long::sum);
            seen.put(s.number(i), true);
        }
        seen.keySet().forEach(z -> framesPerElement.merge(z, 1, Integer::sum));
        if (s.hasEnergy()) {
            energyFrames++;
            double e = s.energy();
            energyMin = Math.min(energyMin, e);
            energyMax = Math.max(energyMax, e);
            if (n > 0) {
                perAtomMin = Math.min(perAtomMin, e / n);
                perAtomMax = Math.max(perAtomMax, e / n);
            }
        }
        if (s.hasForces()) {
            forceFrames++;
            for (double f : s.forces()) {
                forceMin = Math.min(forceMin, f);
                forceMax = Math.max(forceMax, f);
                forceSq += f * f;
                forceComponents++;
            }
        }
        Cell c = s.cell();
        boolean[] p = c.pbc();
        pbcFrames.merge((p[0] ? "T" : "F") + " " + (p[1] ? "T" : "F") + " " + (p[2] ? "T" : "F"), 1, Integer::sum);
        if (!c.isEmpty()) {
            cellFrames++;
            for (int k = 0; k < 3; k++) {
                update(k, c.length(k));
                update(3 + k, angle(c, (k + 1) % 3, (k + 2) % 3));
            }
            double v = Math.abs(c.volume());
            volumeMin = Math.min(volumeMin, v);
            volumeMax = Math.max(volumeMax, v);
        }
    }

    private void update(int q, double v) {
        cellMin[q] = Math.min(cellMin[q], v);
        cellMax[q] = Math.max(cellMax[q], v);
    }

    /** Angle between lattice vectors i and j, degrees (NaN if one is zero). */
    private static double angle(Cell c, int i, int j) {
        double dot = 0;
        for (int ax = 0; ax < 3; ax++) {
            dot += c.vector(i, ax) * c.vector(j, ax);
        }
        double cos = dot / (c.length(i) * c.length(j));
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
    }

    private static double[] filled(double v) {
        double[] a = new double[6];
        java.util.Arrays.fill(a, v);
        return a;
    }

    public int frames() {
        return frames;
    }

    public long atoms() {
        return atoms;
    }

    /** Fewest atoms in a frame (0 when there are no frames). */
    public int atomsMin() {
        return frames == 0 ? 0 : atomsMin;
    }

    public int atomsMax() {
        return atomsMax;
    }

    /** Atomic number → atoms of that element over all frames, by increasing Z. */
    public Map<Integer, Long> atomsPerElement() {
        return Collections.unmodifiableMap(atomsPerElement);
    }

    /** Atomic number → frames containing the element. */
    public Map<Integer, Integer> framesPerElement() {
        return Collections.unmodifiableMap(framesPerElement);
    }

    public int energyFrames() {
        return energyFrames;
    }

    /** Lowest and highest energy, eV (meaningless when {@link #energyFrames()} is 0). */
    public double energyMin() {
        return energyMin;
    }

    public double energyMax() {
        return energyMax;
    }

    /** Lowest and highest energy per atom, eV/atom. */
    public double energyPerAtomMin() {
        return perAtomMin;
    }

    public double energyPerAtomMax() {
        return perAtomMax;
    }

    public int forceFrames() {
        return forceFrames;
    }

    /** Smallest and largest force component, eV/Å. */
    public double forceMin() {
        return forceMin;
    }

    public double forceMax() {
        return forceMax;
    }

    /** Root mean square of all force components, eV/Å. */
    public double forceRms() {
        return forceComponents == 0 ? Double.NaN : Math.sqrt(forceSq / forceComponents);
    }

    /** Periodic flags as "T T F" → frames with them, in order of first appearance. */
    public Map<String, Integer> pbcFrames() {
        return Collections.unmodifiableMap(pbcFrames);
    }

    /** Frames with lattice vectors (a Lattice). */
    public int cellFrames() {
        return cellFrames;
    }

    /** Smallest length of lattice vector k (Å) over frames with a cell. */
    public double lengthMin(int k) {
        return cellMin[k];
    }

    public double lengthMax(int k) {
        return cellMax[k];
    }

    /** Smallest cell angle k (α = ∠(a₂,a₃), β = ∠(a₃,a₁), γ = ∠(a₁,a₂)), degrees. */
    public double angleMin(int k) {
        return cellMin[3 + k];
    }

    public double angleMax(int k) {
        return cellMax[3 + k];
    }

    /** Smallest and largest |volume|, Å³. */
    public double volumeMin() {
        return volumeMin;
    }

    public double volumeMax() {
        return volumeMax;
    }
}
