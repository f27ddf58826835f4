package org.cemt.structure;

import java.util.Arrays;
import org.cemt.core.InputException;

/**
 * A 3×3 cell whose rows are the lattice vectors a₁, a₂, a₃ (Å), with a periodic flag per vector. A molecule has
 * no periodic vector ({@link #NONE}: zero vectors, no flags). Immutable.
 */
public final class Cell {
    /** No cell: an isolated molecule. */
    public static final Cell NONE = new Cell(new double[9], new boolean[3]);

    private final double[] rows; // [3*vector + axis]
    private final boolean[] pbc;

    private Cell(double[] rows, boolean[] pbc) {
        this.rows = rows;
        this.pbc = pbc;
    }

    /**
     * A cell from its lattice vectors, flat [3*vector + axis] (Å), and periodic flags. Every periodic vector must
     * be non-zero, and a fully periodic cell must have a non-zero volume.
     */
    public static Cell of(double[] rows, boolean[] pbc) {
        if (rows.length != 9 || pbc.length != 3) {
            throw new InputException("cell: expected 9 numbers and 3 periodic flags, found " + rows.length
                + " and " + pbc.length);
        }
        for (double v : rows) {
            if (!Double.isFinite(v)) {
                throw InputException.of("cell", "lattice", "finite numbers", Arrays.toString(rows));
            }
        }
        Cell c = new Cell(rows.clone(), pbc.clone());
        for (int k = 0; k < 3; k++) {
            if (pbc[k] && c.length(k) == 0) {
                throw InputException.of("cell", "lattice vector " + (k + 1), "non-zero for a periodic direction",
                    "a zero vector");
            }
        }
        if (pbc[0] && pbc[1] && pbc[2] && Math.abs(c.volume()) < 1e-12) {
            throw InputException.of("cell", "volume", "non-zero for a periodic cell", c.volume());
        }
        return c;
    }

    /** A fully periodic cell. */
    public static Cell periodic(double[] rows) {
        return of(rows, new boolean[] {true, true, true});
    }

    /** An orthorhombic, fully periodic cell a×b×c. */
    public static Cell orthorhombic(double a, double b, double c) {
        return periodic(new double[] {a, 0, 0, 0, b, 0, 0, 0, c});
    }

    /** Component {@code axis} of lattice vector {@code vector}, Å. */
    public double vector(int vector, int axis) {
        return rows[3 * vector + axis];
    }

    /** The lattice vectors, flat [3*vector + axis], a copy. */
    public double[] rows() {
        return rows.clone();
    }

    public boolean periodic(int vector) {
        return pbc[vector];
    }

    /** The periodic flags, a copy. */
    public boolean[] pbc() {
        return pbc.clone();
    }

    /** True if any direction is periodic. */
    public boolean isPeriodic() {
        return pbc[0] || pbc[1] || pbc[2];
    }

    /** True if the lattice vectors are all zero (nothing to write as a Lattice). */
    public boolean isEmpty() {
        for (double v : rows) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /** Length of lattice vector k, Å. */
    public double length(int k) {
        return Math.sqrt(rows[3 * k] * rows[3 * k] + rows[3 * k + 1] * rows[3 * k + 1]
            + rows[3 * k + 2] * rows[3 * k + 2]);
    }

    /** Signed volume a₁·(a₂×a₃), Å³. */
    public double volume() {
        double[] c = cross(1, 2);
        return rows[0] * c[0] + rows[1] * c[1] + rows[2] * c[2];
    }

    /**
     * Spacing of the lattice planes spanned by the two other vectors, h_k = V / |a_l × a_m| (Å): how far one step
     * along a_k moves away from those planes. Image searches need ⌈R/h_k⌉ steps.
     */
    public double planeSpacing(int k) {
        double[] c = cross((k + 1) % 3, (k + 2) % 3);
        double n = Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]);
        return Math.abs(volume()) / n;
    }

    /**
     * Fractional coordinates of a Cartesian point: solves x = Σ_k f_k a_k. Requires a non-singular cell.
     * out modified (length 3), returned.
     */
    public double[] toFractional(double x, double y, double z, double[] out) {
        double[] inv = inverse();
        // x_row = f_row · A  →  f = x · A⁻¹
        out[0] = x * inv[0] + y * inv[3] + z * inv[6];
        out[1] = x * inv[1] + y * inv[4] + z * inv[7];
        out[2] = x * inv[2] + y * inv[5] + z * inv[8];
        return out;
    }

    /** Inverse of the row matrix, flat row-major; throws for a singular cell. */
    public double[] inverse() {
        double det = volume();
        if (Math.abs(det) < 1e-300) {
            throw new InputException("cell: expected a non-singular cell, found volume " + det);
        }
        double[] a = rows;
        double[] inv = new double[9];
        inv[0] = (a[4] * a[8] - a[5] * a[7]) / det;
        inv[1] = (a[2] * a[7] - a[1] * a[8]) / det;
        inv[2] = (a[1] * a[5] - a[2] * a[4]) / det;
        inv[3] = (a[5] * a[6] - a[3] * a[8]) / det;
        inv[4] = (a[0] * a[8] - a[2] * a[6]) / det;
        inv[5] = (a[2] * a[3] - a[0] * a[5]) / det;
        inv[6] = (a[3] * a[7] - a[4] * a[6]) / det;
        inv[7] = (a[1] * a[6] - a[0] * a[7]) / det;
        inv[8] = (a[0] * a[4] - a[1] * a[3]) / det;
        return inv;
    }

    private double[] cross(int i, int j) {
        double ax = rows[3 * i], ay = rows[3 * i + 1], az = rows[3 * i + 2];
        double bx = rows[3 * j], by = rows[3 * j + 1], bz = rows[3 * j + 2];
        return new double[] {ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cell c && Arrays.equals(rows, c.rows) && Arrays.equals(pbc, c.pbc);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(rows) + Arrays.hashCode(pbc);
    }

    @Override
    public String toString() {
        return "Cell" + Arrays.toString(rows) + " pbc=" + Arrays.toString(pbc);
    }
}
