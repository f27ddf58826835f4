package org.cemt.neighbor;

import java.util.Arrays;
import org.cemt.structure.Structure;

/**
 * The full neighbour list of a structure: for every atom i, every atom image j + L with 0 < |R_j + L − R_i| <
 * cutoff (an atom's own images included when the cell is smaller than the cutoff; each pair appears from both
 * sides). Cell lists make it O(N) for molecules and periodic cells of any shape. Stored CSR: neighbours of atom i
 * are entries {@code start(i) .. start(i+1)-1}. Immutable.
 */
public final class NeighborList {
    private final double cutoff;
    private final int[] start;
    private final int[] neighbor;
    private final double[] vector; // R_j + L − R_i, flat [3*entry + axis]
    private final int[] shift; // L in lattice units, flat [3*entry + axis]

    private NeighborList(double cutoff, int[] start, int[] neighbor, double[] vector, int[] shift) {
        this.cutoff = cutoff;
        this.start = start;
        this.neighbor = neighbor;
        this.vector = vector;
        this.shift = shift;
    }

    /** Builds the list of {@code s} for cutoff (Å). */
    public static NeighborList build(Structure s, double cutoff) {
        int n = s.size();
        PeriodicImages images = new PeriodicImages(s, cutoff);
        int[] start = new int[n + 1];
        int cap = Math.max(16, n * 16);
        int[] nb = new int[cap];
        double[] vec = new double[3 * cap];
        int[] sh = new int[3 * cap];
        int[] count = {0};
        Object[] buf = {nb, vec, sh};
        for (int i = 0; i < n; i++) {
            final int self = i;
            images.query(s.position(i, 0), s.position(i, 1), s.position(i, 2),
                (atom, dx, dy, dz, d2, s0, s1, s2) -> {
                    if (atom == self && s0 == 0 && s1 == 0 && s2 == 0) {
                        return;
                    }
                    int c = count[0];
                    int[] nbA = (int[]) buf[0];
                    if (c == nbA.length) {
                        int m = 2 * c;
                        buf[0] = Arrays.copyOf(nbA, m);
                        buf[1] = Arrays.copyOf((double[]) buf[1], 3 * m);
                        buf[2] = Arrays.copyOf((int[]) buf[2], 3 * m);
                    }
                    ((int[]) buf[0])[c] = atom;
                    double[] v = (double[]) buf[1];
                    v[3 * c] = dx;
                    v[3 * c + 1] = dy;
                    v[3 * c + 2] = dz;
                    int[] t = (int[]) buf[2];
                    t[3 * c] = s0;
                    t[3 * c + 1] = s1;
                    t[3 * c + 2] = s2;
                    count[0] = c + 1;
                });
            start[i + 1] = count[0];
        }
        int c = count[0];
        return new NeighborList(cutoff, start, Arrays.copyOf((int[]) buf[0], c),
            Arrays.copyOf((double[]) buf[1], 3 * c), Arrays.copyOf((int[]) buf[2], 3 * c));
    }

    public double cutoff() {
        return cutoff;
    }

    /** Number of atoms. */
    public int atoms() {
        return start.length - 1;
    }

    /** First entry of atom i; its entries run to {@code start(i + 1) - 1}. */
    public int start(int i) {
        return start[i];
    }

    /** Total number of (directed) entries. */
    public int size() {
        return neighbor.length;
    }

    /** The neighbouring atom of an entry. */
    public int neighbor(int entry) {
        return neighbor[entry];
    }

    /** Component of R_j + L − R_i, Å. */
    public double vector(int entry, int axis) {
        return vector[3 * entry + axis];
    }

    public double distance(int entry) {
        double x = vector[3 * entry], y = vector[3 * entry + 1], z = vector[3 * entry + 2];
        return Math.sqrt(x * x + y * y + z * z);
    }

    /** Lattice shift of the image, in units of the lattice vectors. */
    public int shift(int entry, int axis) {
        return shift[3 * entry + axis];
    }
}
