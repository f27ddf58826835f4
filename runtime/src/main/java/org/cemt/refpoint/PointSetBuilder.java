package org.cemt.refpoint;

import java.util.Arrays;

/** Accumulates points, parents and weight-derivative entries in CSR form; one owner, then {@link #build()}. */
final class PointSetBuilder {
    private final int atoms;
    private int m;
    private double[] points = new double[48];
    private double[] weights = new double[16];
    private boolean[] volumeScaled = new boolean[16];
    private int[] parentStart = new int[17];
    private int parentCount;
    private int[] parents = new int[16];
    private double[] coefficients = new double[16];
    private int[] gradStart = new int[17];
    private int gradCount;
    private int[] gradAtom = new int[0];
    private double[] grad = new double[0];
    private double[] lever = new double[0];
    private double[] unstrained; // null until a point has a part that does not strain

    PointSetBuilder(int atoms) {
        this.atoms = atoms;
    }

    int atoms() {
        return atoms;
    }

    int size() {
        return m;
    }

    /** Starts point m at (x, y, z) Å with weight w; its parents and weight derivatives follow. */
    void begin(double x, double y, double z, double w, boolean scalesWithVolume) {
        if (m == weights.length) {
            int c = 2 * m;
            points = Arrays.copyOf(points, 3 * c);
            weights = Arrays.copyOf(weights, c);
            volumeScaled = Arrays.copyOf(volumeScaled, c);
            parentStart = Arrays.copyOf(parentStart, c + 1);
            gradStart = Arrays.copyOf(gradStart, c + 1);
            if (unstrained != null) {
                unstrained = Arrays.copyOf(unstrained, 3 * c);
            }
        }
        points[3 * m] = x;
        points[3 * m + 1] = y;
        points[3 * m + 2] = z;
        weights[m] = w;
        volumeScaled[m] = scalesWithVolume;
        m++;
        parentStart[m] = parentCount;
        gradStart[m] = gradCount;
    }

    /** Adds c·R_atom to the motion of the current point. */
    void parent(int atom, double c) {
        if (parentCount == parents.length) {
            parents = Arrays.copyOf(parents, 2 * parentCount);
            coefficients = Arrays.copyOf(coefficients, 2 * parentCount);
        }
        parents[parentCount] = atom;
        coefficients[parentCount++] = c;
        parentStart[m] = parentCount;
    }

    /**
     * The part c of the current point's position that a homogeneous strain leaves in place (X → (I+ε)(X − c) + c):
     * the position of a point fixed in space, the offset of a point attached to its atom. Default 0 (the point
     * strains with atoms and cell).
     */
    void unstrained(double x, double y, double z) {
        if (unstrained == null) {
            unstrained = new double[points.length];
        }
        int i = m - 1;
        unstrained[3 * i] = x;
        unstrained[3 * i + 1] = y;
        unstrained[3 * i + 2] = z;
    }

    /** Adds an entry ∂w/∂R_atom = g of the current point, with the atom image's position relative to the point. */
    void weightGradient(int atom, double gx, double gy, double gz, double lx, double ly, double lz) {
        if (gradCount == gradAtom.length) {
            int c = Math.max(16, 2 * gradCount);
            gradAtom = Arrays.copyOf(gradAtom, c);
            grad = Arrays.copyOf(grad, 3 * c);
            lever = Arrays.copyOf(lever, 3 * c);
        }
        gradAtom[gradCount] = atom;
        grad[3 * gradCount] = gx;
        grad[3 * gradCount + 1] = gy;
        grad[3 * gradCount + 2] = gz;
        lever[3 * gradCount] = lx;
        lever[3 * gradCount + 1] = ly;
        lever[3 * gradCount + 2] = lz;
        gradCount++;
        gradStart[m] = gradCount;
    }

    ReferencePointSet build() {
        return new ReferencePointSet(atoms, Arrays.copyOf(points, 3 * m), Arrays.copyOf(weights, m),
            Arrays.copyOf(parentStart, m + 1), Arrays.copyOf(parents, parentCount),
            Arrays.copyOf(coefficients, parentCount), Arrays.copyOf(gradStart, m + 1),
            Arrays.copyOf(gradAtom, gradCount), Arrays.copyOf(grad, 3 * gradCount),
            Arrays.copyOf(lever, 3 * gradCount), Arrays.copyOf(volumeScaled, m),
            unstrained == null ? null : Arrays.copyOf(unstrained, 3 * m));
    }
}
