package org.cemt.neighbor;

import java.util.Arrays;
import org.cemt.structure.Structure;

/**
 * The full neighbour list of a structure: for every atom i, every atom image j + L with |R_j + L − R_i| < cutoff
 * except i itself with L = 0 (an atom's own images are included when the cell is smaller than the cutoff; each
 * pair appears from both sides; atoms may lie outside the cell). Cell lists make it O(N) for molecules and periodic cells of any shape. Stored CSR: neighbours of atom i
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
        Entries e = new Entries(Math.max(16, n * 16));
        for (int i = 0; i < n; i++) {
            e.self = i;
            images.query(s.position(i, 0), s.position(i, 1), s.position(i, 2), e);
            start[i + 1] = e.count;
        }
        int c = e.count;
        return new NeighborList(cutoff, start, Arrays.copyOf(e.neighbor, c), Arrays.copyOf(e.vector, 3 * c),
            Arrays.copyOf(e.shift, 3 * c));
    }

    /** Growable entry buffers filled by the image queries of one atom after another. */
    private static final class Entries implements PeriodicImages.Visitor {
        int self;
        int count;
        int[] neighbor;
        double[] vector;
        int[] shift;

        Entries(int cap) {
            neighbor = new int[cap];
            vector = new double[3 * cap];
            shift = new int[3 * cap];
        }

        @Override
        public void visit(int atom, double dx, double dy, double dz, double d2, int s0, int s1, int s2) {
            if (atom == self && s0 == 0 && s1 == 0 && s2 == 0) {
                return; // the atom itself; its other images are neighbours
            }
            int c = count;
            if (c == neighbor.length) {
                neighbor = Arrays.copyOf(neighbor, 2 * c);
                vector = Arrays.copyOf(vector, 6 * c);
                shift = Arrays.copyOf(shift, 6 * c);
            }
            neighbor[c] = atom;
            vector[3 * c] = dx;
            vector[3 * c + 1] = dy;
            vector[3 * c + 2] = dz;
            shift[3 * c] = s0;
            shift[3 * c + 1] = s1;
            shift[3 * c + 2] = s2;
            count = c + 1;
        }
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
